"""Analyses of aligned articles: quotations, credits and the direction of reuse."""
