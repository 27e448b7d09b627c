"""Evaluation of the assistant on a labelled question set, through its public API only."""
