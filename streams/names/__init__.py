"""One canonical subject per person or body, however it is spelled."""
