"""The version of tally's output messages (`incident-state`, `state-changes`).

MAJOR.MINOR: a new minor version only adds optional fields, so a consumer built on any
earlier minor version of the same major still reads every message (it ignores what it does
not know). A breaking change (a field removed, renamed or retyped, a new required field, a
changed meaning) takes a new major version and new topic names. Every released version's
JSON Schemas stay in schemas/json/released/<version>/.
"""

SCHEMA_VERSION = "1.1"
SCHEMA_VERSION_HEADER = "tally-schema-version"
