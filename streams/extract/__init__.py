"""The extract stage: figure and action claims from a cleaned article."""
