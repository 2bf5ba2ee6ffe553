"""How strong a new passphrase is: one rule for the command line and the window.

Strength is estimated offline with zxcvbn (Dropbox's estimator: dictionaries of common
passwords, names, keyboard patterns, dates and repeats), given a short list of common
Swedish password words as well, since its dictionaries are English. A new passphrase
needs at least 8 characters and a zxcvbn score of 3 (about 10^8 guesses; each guess
costs an attacker a 64 MiB Argon2id run). The advice is always the same: several
unusual words.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from binder.errors import VaultError
from binder.i18n import N_, tr

MIN_CHARS = 8
MIN_SCORE = 3
MAX_CHECKED_CHARS = 100          # zxcvbn's time grows with length; beyond this length is strength
SWEDISH_COMMON = ("lösenord", "losenord", "sommar", "vinter", "hösten", "våren", "hemlig", "hemligt", "sverige",
                  "stockholm", "göteborg", "malmö", "krisparm", "kommun", "kommunen", "välkommen", "valkommen",
                  "hejsan", "katten", "hunden", "fotboll", "älskling", "julafton", "midsommar", "qwerty")
# For the suggestion only: the user is told to choose words of their own.
EXAMPLE_WORDS = ("ankare", "blåbär", "cykel", "dimma", "ekorre", "fyrtorn", "granit", "hallon", "isbrytare",
                 "jordgubbe", "kanot", "lykta", "murgröna", "nyckelpiga", "orgel", "pepparkaka", "renfana",
                 "sjöstjärna", "tranbär", "uggla", "vante", "yxskaft", "åskväder", "ängel", "örngott", "kompass",
                 "lavendel", "mosse", "näktergal", "pilbåge", "rönnbär", "snöskata", "tallkotte", "vitsippa")
LABELS = (N_("Very weak"), N_("Weak"), N_("Fair"), N_("Strong"), N_("Very strong"))


@dataclass(frozen=True)
class Strength:
    score: int                 # 0..4 (zxcvbn)
    acceptable: bool
    problem: str               # English source text of why it is refused ("" when acceptable)

    @property
    def label(self) -> str:
        return LABELS[self.score]


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    """The strength of `passphrase`; `context` (organisation name, …) counts as easy to guess."""
    from zxcvbn import zxcvbn
    if not passphrase:
        return Strength(0, False, N_("Write a passphrase."))
    words = [*SWEDISH_COMMON, *(word.lower() for text in context for word in text.split())]
    score = int(zxcvbn(passphrase[:MAX_CHECKED_CHARS], user_inputs=words)["score"])
    if len(passphrase) < MIN_CHARS:
        return Strength(min(score, 1), False, N_("The passphrase must have at least 8 characters."))
    if score < MIN_SCORE:
        return Strength(score, False, N_("This passphrase is too easy to guess (a common password, a name, "
                                         "a pattern or a date)."))
    return Strength(score, True, "")


def suggestion() -> str:
    """Advice with a random example of a multi-word passphrase."""
    example = " ".join(secrets.choice(EXAMPLE_WORDS) for _ in range(4))
    return tr("Use four or more unusual words with spaces, e.g. '{example}' (choose your own).", example=example)


def require_strong(passphrase: str, context: tuple[str, ...] = ()) -> None:
    """Refuse a weak new passphrase with one line that says why and what to do."""
    strength = assess(passphrase, context)
    if not strength.acceptable:
        raise VaultError("{problem} {advice} Nothing was changed.", problem=tr(strength.problem),
                         advice=suggestion())
