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
# is listed and the noun "claims" is not.  Users add their own with --lexicon.
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
    """.strip().splitlines()
)
