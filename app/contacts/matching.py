"""Is this row someone the account already has, or an earlier row of the file?

The same e-mail (any case) is the same person; so is the same phone number
(compared as numbers, see ``phones``) when the names share a part ("A. Weber" and
"Anna Weber", not "Max Braun"), and the same name (parts in any order, see
``names``) — unless both sides have an e-mail and they differ: two Wang Weis with
different addresses are two people. An address or number several people have (a
switchboard, sales@…) says nothing about who is who: ``shared`` finds them, and they
are left out of the identities. Against the account, a near-identical name
(rapidfuzz, one typo in a longer name) also counts, asked after every exact match
(``similar``); within a file only exact ones do. Two people the account already
holds under one name make a match by name ambiguous: it is reported, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import combinations

from app.contacts.names import script_of

#: a name this similar (0-100, rapidfuzz ratio of the ordered parts) is the same name …
FUZZY_SCORE = 90
#: … if it has at least this many characters (short names differ by one letter: 王伟/王纬)
FUZZY_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Identity:
    """What matching compares of a person or a row."""

    ref: str  # a person's id, or a row number as text
    email: str | None  # case-folded
    phone: str | None  # phones.phone_key
    name: str  # names.name_key


@dataclass(frozen=True, slots=True)
class Match:
    ref: str
    #: how: "e-mail", "phone", "name" or "similar name"
    how: str


class Ambiguous(Exception):  # noqa: N818 - an outcome, not a failure
    """The name matches several people; ``refs`` are they."""

    def __init__(self, refs: list[str]) -> None:
        super().__init__(refs)
        self.refs = refs


class Index:
    """People (or rows) by e-mail, phone and name, for ``find``."""

    def __init__(self, people: Iterable[Identity] = ()) -> None:
        self.by_email: dict[str, str] = {}
        self.by_phone: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.emails: dict[str, str | None] = {}
        self.names: dict[str, str] = {}
        self._names: list[str] | None = None
        for person in people:
            self.add(person)

    def add(self, person: Identity) -> None:
        if person.email:
            self.by_email.setdefault(person.email, person.ref)
        if person.phone:
            self.by_phone[person.phone].append(person.ref)
        if person.name:
            self.by_name[person.name].append(person.ref)
        self.emails[person.ref] = person.email
        self.names[person.ref] = person.name
        self._names = None

    def find(self, who: Identity) -> Match | None:
        """The person ``who`` is by e-mail, phone or exact name (see the module doc);
        Ambiguous if a name matches several."""
        if who.email and who.email in self.by_email:
            return Match(self.by_email[who.email], "e-mail")
        if who.phone:
            refs = [r for r in self.by_phone.get(who.phone, ())
                    if self._compatible(who, r) and share_a_part(who.name, self.names[r])]
            if refs:
                return Match(refs[0], "phone")
        if who.name:
            refs = [r for r in self.by_name.get(who.name, ()) if self._compatible(who, r)]
            if len(refs) > 1:
                raise Ambiguous(refs)
            if refs:
                return Match(refs[0], "name")
        return None

    def _compatible(self, who: Identity, ref: str) -> bool:
        theirs = self.emails.get(ref)
        return not (who.email and theirs and who.email != theirs)

    def similar(self, who: Identity, taken: Collection[str] = ()) -> Match | None:
        """The one person whose name is near-identical to ``who``'s, if any; people in
        ``taken`` (matched exactly by another row) are not candidates. Ambiguous if
        the nearest name is several people's."""
        from rapidfuzz import fuzz, process

        if len(who.name) < FUZZY_LENGTH:
            return None
        if self._names is None:
            self._names = [n for n in self.by_name if len(n) >= FUZZY_LENGTH]
        found = process.extractOne(who.name, self._names, scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_SCORE)
        if found is None:
            return None
        refs = [r for r in self.by_name[found[0]]
                if self._compatible(who, r) and r not in taken]
        if len(refs) > 1:
            raise Ambiguous(refs)
        return Match(refs[0], "similar name") if refs else None


def share_a_part(a: str, b: str) -> bool:
    """Whether two name keys may be one person's: a word of two letters or more in
    common ("A. Weber", "Anna Weber"), a character for Chinese names (王伟, 王芳), or
    names in different scripts, which cannot be compared (Wang Wei, 王伟)."""
    if script_of(a) != script_of(b):
        return True
    if script_of(a) == "han":
        return bool(set(a) & set(b))
    return any(len(part) > 1 for part in set(a.split()) & set(b.split()))


def shared(people: Iterable[Identity]) -> tuple[set[str], set[str]]:
    """E-mail addresses and phone keys of people whose names have nothing in common
    (``share_a_part``): sales@… and a switchboard. Ask the file and the account apart:
    the same address on both is how one person is found."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in people:
        if p.email:
            names["e", p.email].add(p.name)
        if p.phone:
            names["p", p.phone].add(p.name)
    several = [key for key, found in names.items() if len(found) > 1 and (
        len(found) > 5 or not all(share_a_part(a, b) for a, b in combinations(found, 2)))]
    return {v for k, v in several if k == "e"}, {v for k, v in several if k == "p"}
