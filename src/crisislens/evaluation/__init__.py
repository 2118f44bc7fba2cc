"""Evaluation against the public gold sets (PLOVER, CASE 2021, GeoWebNews, GeoVirus).

Each evaluator reads a gold file in its published format, runs the real pipeline, and returns a
report (a plain dict) with the scores and how they were measured.
"""
