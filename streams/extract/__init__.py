"""The extract stage: figure, withdrawal and action claims from a cleaned article."""
