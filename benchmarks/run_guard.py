"""Refuse words that would repeat a run of five tokens already written (benchmarks only).

Every token 5-gram written so far -- BASIL's, then every generated article's -- sets one
bit of a bitmap (a Bloom filter with one hash).  A word is refused when one of the 5-grams
it completes has its bit set: so no two texts share a run of more than four tokens, and a
false positive only refuses a word that was allowed.  Tokens are newstrace's (``\\w+``,
lower-cased), as ids; ``hash`` of a tuple of ints is the same in every process.
"""

from __future__ import annotations

RUN = 5  # the shortest run of tokens two texts may not share
_BITS_PER_NGRAM = 32  # one false positive in about 32 checks when the corpus is full
_MIN_BITS, _MAX_BITS = 1 << 24, 1 << 31  # 2 MB to 256 MB


class RunGuard:
    """The 5-grams written so far, and the last four tokens of the text being written."""

    def __init__(self, expected_ngrams: int) -> None:
        bits = _MIN_BITS
        while bits < expected_ngrams * _BITS_PER_NGRAM and bits < _MAX_BITS:
            bits <<= 1
        self._mask = bits - 1
        self._bits = bytearray(bits >> 3)
        self._texts = 0
        self._history = self._fresh_history()

    def _fresh_history(self) -> tuple[int, int, int, int]:
        """Four negative ids no other text starts with: a text's first tokens are free."""
        base = -4 * self._texts - 1
        return (base, base - 1, base - 2, base - 3)

    def start(self) -> None:
        """Begin a new text: its first 5-gram starts at its first token."""
        self._texts += 1
        self._history = self._fresh_history()

    def add(self, tokens: tuple[int, ...]) -> bool:
        """Write ``tokens`` unless one of the 5-grams they complete was written before."""
        bits, mask = self._bits, self._mask
        a, b, c, d = self._history
        if len(tokens) == 1:  # most words: no list of keys (this is the generator's loop)
            token = tokens[0]
            key = hash((a, b, c, d, token)) & mask
            if bits[key >> 3] >> (key & 7) & 1:
                return False
            bits[key >> 3] |= 1 << (key & 7)
            self._history = (b, c, d, token)
            return True
        keys = []
        for token in tokens:
            key = hash((a, b, c, d, token)) & mask
            if bits[key >> 3] >> (key & 7) & 1:
                return False
            keys.append(key)
            a, b, c, d = b, c, d, token
        for key in keys:
            bits[key >> 3] |= 1 << (key & 7)
        self._history = (a, b, c, d)
        return True

    def write(self, tokens: tuple[int, ...]) -> None:
        """Write ``tokens`` whatever was written before (BASIL's own texts)."""
        bits, mask = self._bits, self._mask
        a, b, c, d = self._history
        for token in tokens:
            key = hash((a, b, c, d, token)) & mask
            bits[key >> 3] |= 1 << (key & 7)
            a, b, c, d = b, c, d, token
        self._history = (a, b, c, d)
