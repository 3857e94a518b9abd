"""Scoring extraction and reconciliation against hand-annotated gold files."""
