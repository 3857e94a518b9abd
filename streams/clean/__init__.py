"""The clean stage: validate raw messages into Articles and strip page furniture."""
