"""Common English given-name nicknames, so "Bob" and "Robert" compare as the same first name.

Each line is a formal name and the short forms people write for it. A nickname shared by two
formal names (e.g. "Chris") maps to the first listed; that is safe because the canonical form
is only one comparison level among several, never the sole reason for a match.
"""

from __future__ import annotations

_TABLE = """
robert: bob bobby rob robbie bert
william: will bill billy willie liam
richard: rick ricky dick rich richie
james: jim jimmy jamie
john: jack johnny jon
joseph: joe joey
thomas: tom tommy
charles: charlie chuck chas
christopher: chris kit
michael: mike mikey mick
daniel: dan danny
matthew: matt matty
anthony: tony
edward: ed eddie ted ned
andrew: andy drew
steven: steve stevie stephen
kenneth: ken kenny
joshua: josh
benjamin: ben benny
samuel: sam sammy
alexander: alex al sandy xander
nicholas: nick nicky
jonathan: jon jonny
timothy: tim timmy
gregory: greg
patrick: pat paddy
peter: pete
raymond: ray
lawrence: larry
gerald: gerry jerry
donald: don donnie
ronald: ron ronnie
douglas: doug
frederick: fred freddie
henry: hank harry
walter: walt wally
leonard: leo len lenny
eugene: gene
theodore: theo teddy
vincent: vince vinny
zachary: zach zack
jacob: jake
nathaniel: nate nathan
elizabeth: liz lizzie beth betty eliza libby
margaret: maggie meg peggy marge
katherine: kate katie kathy kat kathryn catherine
jennifer: jen jenny
patricia: patty trish tricia
susan: sue susie suzanne
deborah: deb debbie
rebecca: becky becca
jessica: jess jessie
victoria: vicky tori
alexandra: alexa lexi
christine: christina chrissy tina
kimberly: kim
pamela: pam
barbara: barb babs
dorothy: dot dotty
abigail: abby
samantha: sammie
jacqueline: jackie
cynthia: cindy
judith: judy
theresa: terry tess teresa
frances: fran frannie
stephanie: steph
amanda: mandy
melissa: mel missy
angela: angie
sandra: sandi
virginia: ginny
josephine: jo josie
eleanor: ellie nora
"""


def _build() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        formal, _, shorts = line.partition(":")
        formal = formal.strip()
        out.setdefault(formal, formal)
        for s in shorts.split():
            out.setdefault(s, formal)
    return out


NICKNAMES: dict[str, str] = _build()


def canonical_first_name(name: str | None) -> str | None:
    """The formal form of a (lower-cased) first name, or the name itself when it has none."""
    if not name:
        return None
    return NICKNAMES.get(name, name)
