"""Messy text as crawls deliver it: hypothesis strategies and hand-written cases."""

from __future__ import annotations

import json

from hypothesis import strategies as st

# Pieces a crawl's text is made of: words in several scripts (right-to-left, CJK with no
# spaces), quotation marks of every kind, balanced or not, bidi and zero-width controls,
# combining marks, sentence ends or none, and whitespace of every kind.
WORDS = [
    "minister",
    "said",
    "Friday",
    "the",
    "government",
    "Mr.",
    "Kerry",
    "U.S.",
    "1,200",
    "قال",
    "الوزير",
    "الحكومة",
    "אמר",
    "השר",
    "政府表示将解决这个问题",
    "大臣は述べた",
    "Привет",
    "мир",
    "😀",
    "e\u0301",
    "naïve",
    "ﬁnance",
    "２０１６",
]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "「", "」", "(", ")", "—", "-", "…"]
ENDS = [".", "!", "?", "。", "؟", "", ""]
CONTROLS = ["\u200b", "\u200e", "\u200f", "\u202e", "\u202c", "\ufeff", "\u00ad", "\x0b", "\x85"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\r\n"]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(ENDS),
    st.sampled_from(CONTROLS),
    st.text(max_size=8),
)
messy_text = st.lists(
    st.tuples(piece, st.sampled_from(SPACES)).map("".join), min_size=0, max_size=80
).map("".join)

# Hand-written cases, each (name, content): every one must give a result or a clear error.
NEWS = (
    "The minister said on Friday that the government would act. "
    "“We will not wait,” Mr. Kerry said. The opposition disagreed.\n\n"
)
CASES: list[tuple[str, bytes]] = [
    ("zero_length.txt", b""),
    ("nul_bytes.txt", NEWS.encode() + b"\x00\x00" + NEWS.encode()),
    ("invalid_utf8.txt", NEWS.encode() + b"\xff\xfe\xc3\x28" + NEWS.encode()),
    ("truncated_utf8.txt", NEWS.encode() + "é".encode()[:1]),
    ("random_bytes.bin", bytes(range(256)) * 8),
    ("only_quotes.txt", ("“”" * 200 + '"' * 100).encode()),
    ("unbalanced_quotes.txt", ("He said “we will win. " * 30 + "And ” then. " * 10).encode()),
    ("no_sentence_end.txt", ("the minister said that the government would act " * 300).encode()),
    (
        "right_to_left.txt",
        "قال الوزير إن الحكومة ستعمل على حل المشكلة. وأضاف أن الوضع صعب.".encode(),
    ),
    ("cjk.txt", "政府表示将解决这个问题。部长说情况很困难。大臣は状況が難しいと語った。".encode()),
    ("bidi_controls.txt", ("\u202eThe minister\u202c said \u200f“hello”\u200e. " * 20).encode()),
    (
        "scripts.html",
        (
            "<html><head><script>var secret = 'SCRIPT-TEXT';</script><style>p{}</style></head>"
            f"<body><article><p>{NEWS}</p><p>{NEWS}</p><script>alert('SCRIPT-TEXT')</script>"
            "</article></body></html>"
        ).encode(),
    ),
    ("only_scripts.html", b"<html><body><script>alert(1)</script></body></html>"),
    ("lone_surrogate.json", json.dumps({"id": "x", "text": NEWS + "\ud800"}).encode()),
    ("nul_escape.json", json.dumps({"id": "x", "text": NEWS + "\u0000"}).encode()),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("utf16.txt", NEWS.encode("utf-16")),
]
