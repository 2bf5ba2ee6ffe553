"""Every limit a bundle is checked against, in one place (see docs/bundle-format.md §Limits).

Each is checked *before* the work it bounds: the file size before copying, the
header length before reading the header, the age scrypt work factor before
pyrage derives a key, the plaintext length before decrypting.
"""
from __future__ import annotations

from binder.model import strict_json

MAGIC = b"KRISPARM-BUNDLE/1\n"          # the magic line (18 bytes)
FORMAT = 1                               # header body "format"
PAYLOAD_SCHEMA = 1                       # header body "schema_version": the record model this app reads
SUFFIX = ".kbundle"

HEADER_PAYLOAD_TYPE = "application/vnd.krisparm.bundle-header+json;v=1"
KEY_SET_PAYLOAD_TYPE = "application/vnd.krisparm.key-set+json;v=1"

MAX_HEADER_BYTES = 64 * 1024             # DSSE envelope, length-prefixed (u32 big-endian)
MAX_BUNDLE_BYTES = 512 * 1024 * 1024     # the whole file
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024    # one age ciphertext
MAX_PLAINTEXT_BYTES = 256 * 1024 * 1024  # the JSON Lines snapshot
MAX_RECORDS = 200_000                    # all kinds together
MAX_RECORDS_PER_KIND = 100_000
MAX_LINE_BYTES = 1024 * 1024             # one JSON line of the payload
MAX_JSON_DEPTH = strict_json.MAX_DEPTH   # 16: nesting of arrays/objects in any JSON we parse
MAX_INT_DIGITS = strict_json.MAX_INT_DIGITS   # 18: integers in JSON (|n| < 10^18 < 2^63)
MAX_NUMBER_CHARS = strict_json.MAX_NUMBER_CHARS
MAX_SIGNATURES = 16
MAX_KEY_STATEMENTS = 32                  # rotation chain carried in one header
MAX_KEYS_PER_SET = 16
MAX_SEQUENCE = 2 ** 53                   # sequence numbers stay exact in every JSON reader

AGE_VERSION_LINE = b"age-encryption.org/v1"
MAX_AGE_HEADER_BYTES = 16 * 1024
MAX_AGE_STANZAS = 512                    # enrolled laptops + grease
MAX_SCRYPT_LOG_N = 20                    # scrypt work factor ≤ 2^20

DEFAULT_EXPIRES_DAYS = 90
MAX_EXPIRES_DAYS = 3660
COPY_CHUNK = 1024 * 1024
