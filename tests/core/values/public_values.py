"""Values from other projects' test fixtures (see SOURCES.md beside this file), with their expected readings."""

from __future__ import annotations

import datetime as dt

#: scrapinghub/price-parser tests/test_price_parsing.py (PRICE_PARSING_EXAMPLES, PRICE_PARSING_EXAMPLES_NEW):
#: (price_raw, amount). A cell holds one amount, so only examples whose price_raw is one amount are taken.
PRICE_PARSER: list[tuple[str, float]] = [
    ("$ 22.00", 22), ("45,00 zł", 45), ("$14.99", 14.99), ("$11.95", 11.95), ("R$260,00", 260),
    ("34,50 €", 34.5), ("35,70 €", 35.7), ("690,00", 690), ("9 800 Kč", 9800), ("479,00 €", 479),
    ("249,00 EUR", 249), ("€13.95", 13.95), ("€89", 89), ("$0.31", 0.31), ("28", 28), ("4.81", 4.81),
    ("CHF 47.00", 47), ("129,99 €", 129.99), ("1,10 €", 1.1), ("$699,000", 699000), ("€ 11.69", 11.69),
    ("17,35", 17.35), ("£11.95", 11.95), ("5 870", 5870), ("49,96€", 49.96), ("€ 2.109,00", 2109),
    ("$ 119,999", 119999), ("1,20 €", 1.2), ("€ 1.99", 1.99), ("283,50 PLN", 283.5), ("99.99", 99.99),
    ("$ 979.00", 979), ("169,00 Kč", 169), ("180", 180), ("฿ 3.3900", 3.39), ("39900", 39900),
    ("79,00 €", 79), ("429,00 EUR", 429), ("$3.00", 3), ("€30,40", 30.4), ("2800", 2800), ("225,00 €", 225),
    ("17 940,00 руб", 17940), ("£18.99", 18.99), ("9.990,00 €", 9990), ("€ 2,99", 2.99), ("1 995,00 Kč", 1995),
    ("DEM 170 000", 170000), ("A$190.00", 190), ("HUF 39900", 39900), ("60,00 DKK", 60), ("0,00 EUR", 0),
    ("$426.20", 426.2), ("US$:12.99", 12.99), ("₤1700.", 1700), ("$ 1.144.000", 1144000),
]

#: dateutil/dateutil tests/test_parser.py PARSER_TEST_CASES (single dates; no weekday-and-clock lines)
#: and TestFormat.test_strftime_formats_2003Sep25: (text, date, the order that text is written in).
_SEP25 = dt.date(2003, 9, 25)
DATEUTIL: list[tuple[str, dt.date, str]] = [
    ("2003-09-25T10:49:41", _SEP25, "auto"), ("2003-09-25T10:49", _SEP25, "auto"), ("2003-09-25", _SEP25, "auto"),
    ("09-25-2003", _SEP25, "auto"), ("25-09-2003", _SEP25, "auto"), ("10-09-2003", dt.date(2003, 10, 9), "mdy"),
    ("10-09-03", dt.date(2003, 10, 9), "mdy"), ("2003.09.25", _SEP25, "auto"), ("09.25.2003", _SEP25, "auto"),
    ("25.09.2003", _SEP25, "auto"), ("2003/09/25", _SEP25, "auto"), ("09/25/2003", _SEP25, "auto"),
    ("25/09/2003", _SEP25, "auto"), ("10/09/2003", dt.date(2003, 10, 9), "mdy"),
    ("10/09/03", dt.date(2003, 10, 9), "mdy"), ("July 4, 1976", dt.date(1976, 7, 4), "auto"),
    ("4 jul 1976", dt.date(1976, 7, 4), "auto"), ("4 Jul 1976", dt.date(1976, 7, 4), "auto"),
    ("7-4-76", dt.date(1976, 7, 4), "mdy"), ("3rd of May 2001", dt.date(2001, 5, 3), "auto"),
    ("5th of March 2001", dt.date(2001, 3, 5), "auto"), ("1st of May 2003", dt.date(2003, 5, 1), "auto"),
    ("13NOV2017", dt.date(2017, 11, 13), "auto"), ("Thu Sep 25 2003", _SEP25, "auto"),
    ("Sep 25 2003", _SEP25, "auto"), ("2003-Sep-25", _SEP25, "auto"), ("25-Sep-2003", _SEP25, "auto"),
    ("Sep-25-2003", _SEP25, "auto"), ("2003.Sep.25", _SEP25, "auto"), ("25.Sep.2003", _SEP25, "auto"),
    ("Sep.25.2003", _SEP25, "auto"), ("2003/Sep/25", _SEP25, "auto"), ("25/Sep/2003", _SEP25, "auto"),
    ("Sep/25/2003", _SEP25, "auto"), ("2003 Sep 25", _SEP25, "auto"), ("25 Sep 2003", _SEP25, "auto"),
    ("Wed, July 10, '96", dt.date(1996, 7, 10), "auto"), ("20030925", _SEP25, "auto"),
]

#: adrienverge/yamllint commit 3b6a3dfa3cf5994c3bd244494589fa1c3b7246d5 ("truthy: Adapt forbidden values based on
#: YAML version"), which lists the 22 boolean words of YAML <= 1.1 (https://yaml.org/type/bool.html):
#: y|Y|yes|Yes|YES n|N|no|No|NO true|True|TRUE false|False|FALSE on|On|ON off|Off|OFF. (word, its value)
YAML11_BOOLEANS: list[tuple[str, bool]] = [
    *[(w, True) for w in ("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")],
    *[(w, False) for w in ("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")],
]
