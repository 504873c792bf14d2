"""Coverage counts letters and digits: the mask of them, character by character."""

from __future__ import annotations

import numpy as np

from newstrace.analyse.evidence import _letters
from newstrace.model import Article
from newstrace.pipeline import prepare


def test_the_letter_mask_asks_each_character_whether_it_is_a_letter_or_digit() -> None:
    text = "Zoë Ó'Brien paid €12½ — “ﬁne”, said Ms. Müller\u200b on 3 März.\n\nΔ ² x"
    mask = _letters(prepare(Article(text)))
    assert mask.tolist() == [char.isalnum() for char in text]
    assert mask.dtype == np.bool_ and not mask.flags.writeable
