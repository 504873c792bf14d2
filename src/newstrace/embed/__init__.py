"""Sentence encoders: MiniLM on ONNX Runtime (``onnx_encoder``, ``minilm_graph``) or torch
(``encoder``, the reference), and the static encoder distilled from it (``static_encoder``)
for paraphrase candidates; built models are cached on disk (``disk_cache``); two adjacent
sentences' vector is taken from theirs (``pooling``).  Below ``candidates`` and ``align``,
which call them; nothing here imports a stage."""
