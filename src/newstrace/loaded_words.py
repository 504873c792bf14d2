"""The project's lexicon of loaded words (data): ``AnalyseConfig.loaded_words``' default.

It lives beside ``config.py``, below the stages, because the configuration's default is
read from it; ``analyse/lexicon.py`` rates the words of a rewrite against it.
"""

from __future__ import annotations

# Loaded words a rewrite adds to a neutral source, that no sentiment lexicon rates: the
# verbs, labels and metaphors of media-bias studies' lists of loaded and subjective
# language (Recasens et al. 2013's framing and epistemological bias words, Wikipedia's
# "words to watch": contentious labels, editorialising, synonyms of "said") and of
# political reporting's stock of combat metaphors.  Verbs are listed in the forms a text
# uses ("slammed", "slams"): a word matches one of these forms exactly, so that "claimed"
# is listed and the noun "claims" is not; an adjective's "-ly" adverb goes with it
# ("pompously").  Users add their own with --lexicon.
LOADED_WORDS = frozenset(
    """
    dictator dictators despot despots tyrant tyrants regime thug thugs strongman strongmen
    demagogue demagogues autocrat autocrats zealot zealots fanatic fanatics ideologue
    ideologues firebrand firebrands rabble-rouser agitator agitators provocateur gadfly
    crony cronies henchman henchmen lackey lackeys stooge stooges puppet puppets mouthpiece
    apologist apologists propagandist mogul moguls tycoon tycoons kingpin hard-liner
    hard-liners hardliner hardliners extremist extremists radical radicals militant
    jihadist jihadists terror terrorist terrorists socialist leftist mob cabal illegals
    amnesty propaganda

    circus charade sham farce fiasco debacle meltdown tantrum tirade rant rants ranted
    screed diatribe broadside stunt stunts ploy gambit hoax bombshell boondoggle giveaway
    giveaways handout handouts hardball culture-war power-grab witch-hunt

    slams slammed slamming blasted ripped lambaste lambastes lambasted bashed bashing
    trashed smear smears smeared mocked mocking scold scolds scolded berate berates berated
    hammered hammering skewered torched shredded eviscerate eviscerates eviscerated
    savaged pummeled pummelled pilloried excoriate excoriates excoriated castigate
    castigates castigated deride derides derided ridiculed taunt taunts taunted taunting
    needled needling sneer sneers sneered scoffed gloat gloats gloated gloating bragged
    boasted railed fumed fuming seethed seething whined griped sniped torpedoed sabotage
    sabotaged derail derails derailed stonewall stonewalls stonewalled stonewalling dodged
    dodging ducked ducking sidestepped evaded backtrack backtracks backtracked backpedal
    backpedals backpedaled backpedalled flip-flop flip-flops flip-flopped caved capitulate
    capitulates capitulated scrambled scrambling squirm squirms squirmed squirming grilled
    grilling hounded badgered harangued bullied bullying strong-armed railroaded
    bulldozed pander panders pandered pandering groveled grovelled kowtowed meddle meddles
    meddled meddling collude colluded concocted peddle peddles peddled peddling spewed
    touted trumpeted brandished claimed

    embattled beleaguered scandal-plagued scandal-ridden disgraced notorious infamous
    controversial divisive polarizing polarising combative belligerent defiant brazen
    audacious arrogant smug bombastic grandiose pompous shrill strident hysterical
    unhinged deranged crazed bizarre outlandish outrageous shameful disgraceful shocking
    stunning staggering startling jaw-dropping horrific horrifying gruesome grisly chilling
    harrowing brutal vicious ruthless draconian heavy-handed secretive shadowy murky shady
    dubious lavish bloated reckless disastrous catastrophic dismal bleak abysmal dire
    scathing blistering withering searing stinging fiery incendiary inflammatory damning
    humiliating embarrassing crushing far-left far-right radical-left hard-line hardline
    chest-thumping saber-rattling sabre-rattling fear-mongering gaffe-prone so-called
    self-styled self-proclaimed anti-gay anti-immigrant gleeful gleefully conveniently
    predictably sneering sneeringly smugly brazenly shamelessly cynically defiantly angrily
    furiously bitterly desperately frantically ugly nasty vile furious outraged

    sleazy snarky smarmy petty spiteful vindictive vengeful mean-spirited tone-deaf
    stubborn obstinate intransigent rabid rabidly notoriously shockingly stunningly
    breathtakingly astonishingly outrageously wildly bizarrely absurd ludicrous laughable
    preposterous cringeworthy cringe-worthy glowing gushing fawning sycophantic slavish
    lackluster lacklustre flailing floundering faltering crumbling beleaguered hapless
    feckless spineless gutless toothless weak-kneed cowardly craven hypocritical
    two-faced duplicitous conspiracy-minded fringe kooky cranky crackpot tinfoil
    partisan hyperpartisan ultra-partisan doomsday apocalyptic nightmarish dystopian
    last-ditch desperate ill-fated ill-advised misguided half-baked hare-brained
    slapdash shoddy sloppy botched bungled fumbling inept incompetent clueless
    disgraceful scandalous sordid seedy salacious lurid steamy explosive blockbuster
    bombshells firestorm firestorms inferno furor furore frenzy feeding-frenzy
    bloodbath bloodsport rampage carnage mayhem chaos chaotic havoc
    crusade crusades crusader vendetta jihad witch-hunts smear-campaign hatchet
    ultimatum ultimatums blockade blockades surrender surrendered capitulation
    showdown standoff brinkmanship revolt revolts mutiny insurrection coup
    jab jabs barb barbs zinger potshot potshots salvo broadsides
    pounced pounce pounces gushed gushes raved fawned crowed cackled
    bolted fled stormed storming erupted exploded blew blowing blown
    blasting blasts blast rips ripping unloaded savage savaging
    hammers hammer torches scorched grovel grovels groveling grovelling
    cherry-picked cherry-picking cherry-pick spin spun whitewash whitewashed
    coverup cover-up stonewall bailout bailouts slush kickback kickbacks
    crowned anointed coronation secretive secretly shadowy cushy sweetheart
    finally belatedly grudgingly reluctantly conveniently suspiciously mysteriously
    """.split()
) | frozenset(
    line.strip()
    for line in """
    terror group
    terrorist group
    so called
    death panels
    culture war
    power grab
    witch hunt
    in lockstep
    shot back
    fired back
    hit back
    lashed out
    dug in
    digging in
    dig in
    dig up dirt
    digging up dirt
    doubled down
    doubling down
    caved in
    cozied up
    cozy up
    tore into
    tear into
    tears into
    slapped down
    slap down
    crying foul
    cried foul
    cry foul
    watered down
    water down
    watering down
    turned on
    turned against
    bailed out
    gunned down
    mowed down
    raked in
    rake in
    raking in
    cooked up
    cook up
    dreamed up
    trumped up
    sour grapes
    having none of it
    go way back
    goes way back
    went way back
    partisan card
    race card
    played the card
    barely veiled
    thinly veiled
    veiled swipe
    took a swipe
    take a swipe
    took a shot
    piled on
    pile on
    ganged up
    came under fire
    under fire
    went nuclear
    went ballistic
    threw under the bus
    thrown under the bus
    under the bus
    back down
    backed down
    caved to
    knuckled under
    played politics
    playing politics
    political stunt
    publicity stunt
    last gasp
    last-gasp
    dead on arrival
    slap in the face
    kick the can
    kicked the can
    """.strip().splitlines()
)
