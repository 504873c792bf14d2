"""Engines run the library's stage functions over a corpus: ``local`` on one machine."""
