"""Writes the export corpus: each tool's header row exactly as its public source gives it (SOURCES.md),
a few made-up rows with values of the kind that tool writes, and expected.csv (what a careful person
maps each column to, per target). Run once; the files it writes are committed.

Expected codes are target-neutral (SEM below); ``a|b`` means either is right; ``-`` means leave unmapped.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HERE = Path(__file__).parent

#: code -> (Virtuous field, HubSpot field); None: that CRM has no such field, so the column stays unmapped.
SEM = {
    "first": ("firstName", "firstname"), "last": ("lastName", "lastname"), "middle": ("middleName", None),
    "full": ("fullName", "fullName"), "prefix": ("title", "salutation"), "suffix": ("suffix", None),
    "email": ("email", "email"), "phone": ("phone", "phone"), "mobile": ("phone", "mobilephone"),
    "fax": (None, "fax"), "addr1": ("address1", "address"), "addr2": ("address2", None),
    "city": ("city", "city"), "state": ("state", "state"), "zip": ("postal", "zip"),
    "country": ("country", "country"), "company": (None, "company"), "jobtitle": (None, "jobtitle"),
    "website": (None, "website"), "dob": (None, "date_of_birth"), "refid": ("referenceId", None),
    "household": ("name", None), "industry": (None, "industry"), "phonetype": ("phoneType", None), "orgname": ("name", "company"), "-": (None, None),
}

F = ["Maria", "James", "Aisha", "Tom", "Linh", "Carlos", "Grace", "Omar", "Ruth", "Dev"]
L = ["Garcia", "O'Neil", "Nguyen", "Smith", "Okafor", "Baker", "Kowalski", "Haddad", "Lee", "Patel"]
CITY = ["Springfield", "Austin", "Portland", "Dayton", "Fresno", "Albany", "Tulsa", "Madison"]
ST2 = ["IL", "TX", "OR", "OH", "CA", "NY", "OK", "WI"]
STF = ["Illinois", "Texas", "Oregon", "Ohio", "California", "New York", "Oklahoma", "Wisconsin"]
STREET = ["12 Oak St", "450 W Main Street", "7 Lakeview Dr", "1289 Elm Ave", "33 Pine Ct", "901 River Rd"]


#: Kinds added with the blind set: drawn from their own generator, so the first corpus's rows stay as written.
LATER = {"ordername": lambda r: f"#{r.randint(1001, 1999)}", "optout": lambda r: r.choice(["Opted-out", "", ""]),
         "paid": lambda r: "paid", "position": lambda r: r.choice(["President", "VP Education", ""]),
         "dontype": lambda r: r.choice(["Online", "Cash", "Cheque"])}
_LATER_RANDOM = random.Random(25)


def val(kind: str, r: random.Random, i: int) -> str:
    if kind in LATER:
        return LATER[kind](_LATER_RANDOM)
    f, l = F[(i * 3 + 1) % len(F)], L[(i * 7 + 2) % len(L)]
    n = r.randint
    table = {
        "first": f, "last": l, "middle": r.choice(["A.", "J", "Marie", ""]), "full": f"{f} {l}",
        "fullrev": f"{l}, {f}", "prefix": r.choice(["Mr.", "Ms.", "Dr.", "Mrs."]), "suffix": r.choice(["Jr.", "", "III"]),
        "email": f"{f.lower()}.{l.lower().replace(chr(39), '')}{n(1, 99)}@example.org",
        "hostemail": "events@ourcharity.org", "hostname": "Pat Director",
        "phone": f"({n(201, 989)}) {n(200, 999)}-{n(1000, 9999)}", "phone_intl": f"+1 {n(201, 989)} {n(200, 999)} {n(1000, 9999)}",
        "date": f"{n(1, 12)}/{n(1, 28)}/20{n(19, 24)}", "date_iso": f"20{n(19, 24)}-{n(1, 12):02d}-{n(1, 28):02d}",
        "dob": f"{n(1, 12)}/{n(1, 28)}/19{n(45, 99)}", "dob_iso": f"19{n(45, 99)}-{n(1, 12):02d}-{n(1, 28):02d}",
        "datetime": f"20{n(19, 24)}-{n(1, 12):02d}-{n(1, 28):02d} {n(0, 23):02d}:{n(0, 59):02d}:{n(0, 59):02d}",
        "time": f"{n(0, 23):02d}:{n(0, 59):02d}:{n(0, 59):02d}", "money": f"{n(5, 500)}.{n(0, 99):02d}",
        "int": str(n(1, 40)), "qty": str(n(1, 3)), "longnum": str(n(10**10, 10**11 - 1)), "id": str(n(10000, 99999)),
        "txn": f"{n(10, 99)}X{n(100000, 999999)}NP{n(100000, 999999)}E", "cus": f"cus_{n(10**9, 10**10)}",
        "uuid": f"{n(10**7, 10**8 - 1):x}-d303-4cea-99db-3bcc40f5{n(1000, 9999)}",
        "yesno": r.choice(["Yes", "No"]), "truefalse": r.choice(["true", "false"]), "bit": r.choice(["0", "1"]),
        "state2": ST2[i % len(ST2)], "statefull": STF[i % len(STF)], "zip": f"{n(10000, 99999)}",
        "country": r.choice(["United States", "USA", "United States"]), "cc": "US",
        "city": CITY[i % len(CITY)], "street": STREET[i % len(STREET)], "street2": r.choice(["Apt 4B", "", "Suite 200", ""]),
        "csz": f"{CITY[i % len(CITY)]}, {ST2[i % len(ST2)]} {n(10000, 99999)}",
        "company": r.choice(["Acme Corp", "Riverside Clinic", "First Baptist Church", "Blue Door Bakery"]),
        "jobtitle": r.choice(["Development Director", "Teacher", "Nurse", "Owner"]), "dept": r.choice(["Finance", "Sales"]),
        "url": r.choice(["https://example.com", "www.bluedoor.example"]), "handle": f"{f.lower()}{n(1, 99)}",
        "notes": r.choice(["Prefers email, calls after 3pm.", "Met at the spring gala", "", "Board member's friend"]),
        "status": r.choice(["Completed", "Completed", "Pending"]), "attstatus": "Attending",
        "ticket": r.choice(["General Admission", "VIP Table"]), "fund": r.choice(["General Fund", "Missions", "Building"]),
        "method": r.choice(["Credit Card", "Check", "ACH"]), "currency": "USD", "gender": r.choice(["Female", "Male"]),
        "tz": "PST", "emailtype": "SMTP", "label": r.choice(["* Work", "Home", "* Home", "Other"]),
        "phonelabel": r.choice(["Mobile", "Home", "Work"]), "group": "* myContacts ::: Donors",
        "ordertype": r.choice(["Free Order", "Eventbrite Completed"]), "how": r.choice(["CNSV Email", "Friend", "Meetup"]),
        "txntype": r.choice(["Donation Payment", "Subscription Payment"]), "addrstatus": r.choice(["Confirmed", "Non-Confirmed"]),
        "impact": r.choice(["Credit", "Debit"]), "title": r.choice(["Weekly standup", "Board meeting"]),
        "meetingid": f"{n(800, 899)} {n(1000, 9999)} {n(1000, 9999)}", "tshirt": r.choice(["Small", "Medium", "X-Large"]),
        "bio": r.choice(["Retired teacher who loves gardening.", "College student, weekends only."]),
        "restrict": r.choice(["Do Not Call", "", "Do Not Mail"]), "acctstatus": r.choice(["Active", "Active", "Inactive"]),
        "household": f"The {l} Family", "envelope": f"Mr. and Mrs. {f} {l}", "informal": f,
        "formal": f"Mr. {l}", "salutation_long": f"Dr. and Mrs. {l}", "groups": r.choice(["Volunteers | Board", "Donors"]),
        "fb": f"facebook.com/{f.lower()}{l.lower()[:3]}", "li": f"linkedin.com/in/{f.lower()}-{l.lower()[:3]}",
        "twitter": f"@{f.lower()}{n(1, 99)}", "industry": r.choice(["Healthcare", "Education"]), "remark": r.choice(["VIP", ""]),
        "website_id": "1", "store": "default", "hash": f"{n(10**15, 10**16):x}:{n(10**5, 10**6)}", "region_id": str(n(1, 60)),
        "vat": "", "bool01": r.choice(["0", "1"]), "fieldcode": r.choice(["G100", "M200"]), "batch": f"B{n(100, 999)}",
        "kind": r.choice(["CONTRIBUTION", "HOST_FEE"]), "dc": r.choice(["CREDIT", "DEBIT"]), "pp": r.choice(["STRIPE", "PAYPAL"]),
        "pm": r.choice(["CREDITCARD", "SUBSCRIPTION"]), "desc": r.choice(["Monthly contribution from Guest (Bronze)", "Gift"]),
        "tier": r.choice(["$5 a month", "one time"]), "region": r.choice(["California", "Ontario"]),
        "reportcat": r.choice(["charge", "refund"]), "ttype": r.choice(["Tax Deductible", "true"]), "campus": "Main",
        "member_type": r.choice(["Member", "Visitor"]), "chk": str(n(1000, 9999)), "desc2": r.choice(["Tithe", "Missions gift"]),
        "fulltype": r.choice(["Check", "Cash"]), "orgflag": r.choice(["False", "False", "True"]), "spousefirst": F[(i + 5) % len(F)],
        "spouselast": L[(i * 7 + 2) % len(L)], "spousetitle": "Mrs.", "custom": r.choice(["id_9lfsadf98234jal", "act_90asdfjk"]),
        "dom": str(n(1, 28)), "mon": str(n(1, 12)), "bday_short": f"{n(1, 12)}/{n(1, 28)}", "emerg": f"{F[(i + 2) % len(F)]} {L[(i + 4) % len(L)]}",
        "county": r.choice(["Cook County", "Travis County"]), "sponsor": "Jane Fundraiser", "blank": "",
    }
    return table[kind]


def write(name: str, spec: list[tuple[str, str, str]], rows: int = 6, seed: int = 0,
          folder: Path = HERE) -> list[tuple[str, str, str]]:
    r = random.Random(sum(map(ord, name)) + seed)
    headers = [h for h, _, _ in spec]
    with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for i in range(rows):
            row = []
            for _, kind, _ in spec:
                k, _, fill = kind.partition(":")
                share = float(fill) if fill else 1.0
                row.append(val(k, r, i) if (i + 0.5) / rows <= share or share >= 1.0 else "")
            w.writerow(row)
    return [(name, h, e) for h, _, e in spec]


def P(text: str) -> list[str]:
    """A header row given comma-separated (no header in the corpus has a comma)."""
    return [h.strip() for h in text.split(",")]


CORPUS: dict[str, list[tuple[str, str, str]]] = {
    "outlook": [
        ("Title", "prefix:0.5", "prefix|-"), ("First Name", "first", "first"), ("Middle Name", "middle:0.5", "middle"),
        ("Last Name", "last", "last"), ("Suffix", "suffix:0.2", "suffix"), ("Given Name Yomi", "blank", "-"),
        ("Family Name Yomi", "blank", "-"), ("Home Street", "street:0.85", "addr1"), ("Home City", "city:0.85", "city"),
        ("Home State", "state2:0.85", "state"), ("Home Postal Code", "zip:0.85", "zip"),
        ("Home Country", "country:0.85", "country"), ("Company", "company:0.4", "company"), ("Department", "dept:0.2", "-"),
        ("Job Title", "jobtitle:0.4", "jobtitle"), ("Office Location", "blank", "-"),
        ("Business Street", "street:0.3", "-"), ("Business City", "city:0.3", "-"), ("Business State", "state2:0.3", "-"),
        ("Business Postal Code", "zip:0.3", "-"), ("Business Country", "country:0.3", "-"), ("Other Street", "blank", "-"),
        ("Other City", "blank", "-"), ("Other State", "blank", "-"), ("Other Postal Code", "blank", "-"),
        ("Other Country", "blank", "-"), ("Assistant's Phone", "blank", "-"), ("Business Fax", "phone:0.2", "fax|-"),
        ("Business Phone", "phone:0.3", "-|phone"), ("Business Phone 2", "blank", "-"), ("Callback", "blank", "-"),
        ("Car Phone", "blank", "-"), ("Company Main Phone", "blank", "-"), ("Home Fax", "blank", "-"),
        ("Home Phone", "phone:0.7", "phone"), ("Home Phone 2", "blank", "-"), ("ISDN", "blank", "-"),
        ("Mobile Phone", "phone:0.6", "mobile|-"), ("Other Fax", "blank", "-"), ("Other Phone", "blank", "-"),
        ("Pager", "blank", "-"), ("Primary Phone", "blank", "-"), ("Radio Phone", "blank", "-"),
        ("TTY/TDD Phone", "blank", "-"), ("Telex", "blank", "-"), ("Anniversary", "blank", "-"),
        ("Birthday", "dob:0.3", "dob"), ("E-mail Address", "email", "email"), ("E-mail Type", "emailtype", "-"),
        ("E-mail 2 Address", "email:0.2", "-"), ("E-mail 2 Type", "emailtype:0.2", "-"), ("E-mail 3 Address", "blank", "-"),
        ("E-mail 3 Type", "blank", "-"), ("Notes", "notes", "-"), ("Spouse", "spousefirst:0.3", "-"),
        ("Web Page", "url:0.2", "website|-"),
    ],
    "google_contacts": [
        (h, k, e) for h, k, e in [
            ("Name", "full", "full|-"), ("Given Name", "first", "first"), ("Additional Name", "middle:0.3", "middle"),
            ("Family Name", "last", "last"), ("Yomi Name", "blank", "-"), ("Given Name Yomi", "blank", "-"),
            ("Additional Name Yomi", "blank", "-"), ("Family Name Yomi", "blank", "-"), ("Name Prefix", "prefix:0.3", "prefix"),
            ("Name Suffix", "suffix:0.2", "suffix"), ("Initials", "blank", "-"), ("Nickname", "blank", "-"),
            ("Short Name", "blank", "-"), ("Maiden Name", "blank", "-"), ("Birthday", "dob_iso:0.3", "dob"),
            ("Gender", "blank", "-"), ("Location", "blank", "-"), ("Billing Information", "blank", "-"),
            ("Directory Server", "blank", "-"), ("Mileage", "blank", "-"), ("Occupation", "blank", "-"),
            ("Hobby", "blank", "-"), ("Sensitivity", "blank", "-"), ("Priority", "blank", "-"), ("Subject", "blank", "-"),
            ("Notes", "notes", "-"), ("Language", "blank", "-"), ("Photo", "blank", "-"), ("Group Membership", "group", "-"),
            ("E-mail 1 - Type", "label", "-"), ("E-mail 1 - Value", "email", "email"), ("E-mail 2 - Type", "label:0.3", "-"),
            ("E-mail 2 - Value", "email:0.3", "-"), ("Phone 1 - Type", "phonelabel", "-|phonetype"),
            ("Phone 1 - Value", "phone_intl", "phone|mobile"), ("Phone 2 - Type", "phonelabel:0.3", "-"),
            ("Phone 2 - Value", "phone:0.3", "-|mobile"), ("Address 1 - Type", "label:0.8", "-"),
            ("Address 1 - Formatted", "csz:0.8", "-"), ("Address 1 - Street", "street:0.8", "addr1"),
            ("Address 1 - City", "city:0.8", "city"), ("Address 1 - PO Box", "blank", "-"),
            ("Address 1 - Region", "state2:0.8", "state"), ("Address 1 - Postal Code", "zip:0.8", "zip"),
            ("Address 1 - Country", "country:0.8", "country"), ("Address 1 - Extended Address", "street2:0.3", "addr2|-"),
            ("Organization 1 - Type", "blank", "-"), ("Organization 1 - Name", "company:0.4", "company"),
        ]
    ],
    "paypal_activity": [
        ("Date", "date", "-"), ("Time", "time", "-"), ("TimeZone", "tz", "-"), ("Name", "full", "full"),
        ("Type", "txntype", "-"), ("Status", "status", "-"), ("Currency", "currency", "-"), ("Gross", "money", "-"),
        ("Fee", "money", "-"), ("Net", "money", "-"), ("From Email Address", "email", "email"),
        ("To Email Address", "hostemail", "-"), ("Transaction ID", "txn", "-"), ("Shipping Address", "blank", "-"),
        ("Address Status", "addrstatus", "-"), ("Item Title", "desc2", "-"), ("Item ID", "blank", "-"),
        ("Shipping and Handling Amount", "blank", "-"), ("Insurance Amount", "blank", "-"), ("Sales Tax", "blank", "-"),
        ("Option 1 Name", "blank", "-"), ("Option 1 Value", "blank", "-"), ("Option 2 Name", "blank", "-"),
        ("Option 2 Value", "blank", "-"), ("Reference Txn ID", "blank", "-"), ("Invoice Number", "id:0.5", "-"),
        ("Custom Number", "blank", "-"), ("Quantity", "qty", "-"), ("Receipt ID", "blank", "-"), ("Balance", "money", "-"),
        ("Address Line 1", "street:0.8", "addr1"), ("Address Line 2/District/Neighborhood", "street2:0.3", "addr2|-"),
        ("Town/City", "city:0.8", "city"), ("State/Province/Region/County/Territory/Prefecture/Republic", "state2:0.8", "state"),
        ("Zip/Postal Code", "zip:0.8", "zip"), ("Country", "country:0.8", "country"),
        ("Contact Phone Number", "phone:0.5", "phone"), ("Subject", "desc2", "-"), ("Note", "notes:0.5", "-"),
        ("Country Code", "cc", "-|country"), ("Balance Impact", "impact", "-"),
    ],
    "stripe_balance": [
        ("balance_transaction_id", "txn", "-"), ("created_utc", "datetime", "-"), ("available_on_utc", "datetime", "-"),
        ("currency", "currency", "-"), ("gross", "money", "-"), ("fee", "money", "-"), ("net", "money", "-"),
        ("reporting_category", "reportcat", "-"), ("description", "desc:0.5", "-"),
    ],
    "stripe_customers": [
        ("Email", "email", "email"), ("Name", "full", "full"), ("Description", "notes:0.5", "-"), ("Phone", "phone:0.7", "phone"),
        ("Address Line 1", "street:0.8", "addr1"), ("Address Line 2", "street2:0.5", "addr2"), ("City", "city:0.8", "city"),
        ("State", "state2:0.8", "state"), ("Postal Code", "zip:0.8", "zip"), ("Country", "cc:0.8", "country"),
    ],
    "eventbrite_attendees": [
        (h, k, e) for h, k, e in [
            ("Order #", "longnum", "-"), ("Order Date", "date", "-"), ("First Name", "first", "first"),
            ("Last Name", "last", "last"), ("Email", "email", "email"), ("Quantity", "qty", "-"), ("Price Tier", "blank", "-"),
            ("Ticket Type", "ticket", "-"), ("Attendee #", "longnum", "-"), ("Group", "blank", "-"),
            ("Order Type", "ordertype", "-"), ("Currency", "currency", "-"), ("Total Paid", "money", "-"),
            ("Fees Paid", "money", "-"), ("Eventbrite Fees", "money", "-"), ("Eventbrite Payment Processing", "money", "-"),
            ("Attendee Status", "attstatus", "-"), ("Home Address 1", "street:0.5", "addr1"),
            ("Home Address 2", "street2:0.3", "addr2"), ("Home City", "city:0.5", "city"), ("Home State", "state2:0.5", "state"),
            ("Home Zip", "zip:0.5", "zip"), ("Home Country", "cc:0.5", "country"),
            ("How did you hear about this event?", "how", "-"), ("Are you a consultant?", "yesno", "-"),
            ("Are you an IEEE member?", "yesno", "-"), ("Are you an IEEE-CNSV Member?", "yesno", "-"),
            ("Where are you located (city+state or city+country)", "csz", "-"),
            ("Please tell us where you heard about this event", "blank", "-"),
            ("Of which IEEE Societies and/or Affinity Groups are you a member?", "blank", "-"),
            ("Job Title", "jobtitle", "jobtitle"), ("Company", "company", "company"),
        ]
    ],
    "zoom_participants": [
        ("Topic", "title", "-"), ("MeetingID", "meetingid", "-"), ("User_Name", "hostname", "-"),
        ("User_Email_1", "hostemail", "-"), ("Department", "dept", "-"), ("Group", "blank", "-"),
        ("HasZoomRooms", "yesno", "-"), ("Creation_Time", "datetime", "-"), ("Start_Time", "datetime", "-"),
        ("End_Time", "datetime", "-"), ("Duration_Minutes_1", "int", "-"), ("Participants", "int", "-"),
        ("NameOriginalName", "full", "full"), ("User_Email_2", "email", "email"), ("Join_Time", "datetime", "-"),
        ("Leave_Time", "datetime", "-"), ("Duration_Minutes_2", "int", "-"), ("Guest", "yesno", "-"),
        ("RecordingConsent", "blank", "-"), ("InWaitingRoom", "yesno", "-"), ("MarketingOptIn", "blank", "-"),
    ],
    "shopify_customers": [
        ("First Name", "first", "first"), ("Last Name", "last", "last"), ("Email", "email", "email"),
        ("Company", "company:0.3", "company"), ("Address1", "street", "addr1"), ("Address2", "street2:0.4", "addr2"),
        ("City", "city", "city"), ("Province", "statefull", "state|-"), ("Province Code", "state2", "state|-"),
        ("Country", "country", "country"), ("Country Code", "cc", "-|country"), ("Zip", "zip", "zip"),
        ("Phone", "phone:0.6", "phone"),
    ],
    "eventik_tickets": [
        ("order_Date", "date", "-"), ("order_ID", "id", "-"), ("order_Status", "status", "-"),
        ("variation_Name", "ticket", "-"), ("ticket_ID", "id", "-"), ("ticket_Price", "money", "-"),
        ("admission_Status", "attstatus", "-"), ("attendee_Name", "first", "first"), ("attendee_LastName", "last", "last"),
        ("attendee_Email", "email", "email"), ("attendee_Telephone", "phone", "phone"),
        ("purchaser_FirstName", "spousefirst", "-"), ("purchaser_LastName", "spouselast", "-"),
        ("purchaser_Email", "hostemail", "-"), ("purchaser_Phone", "phone", "-"), ("created_Manually", "truefalse", "-"),
    ],
    "fellowshipone_giving": [
        ("Contributor_ID", "id", "refid|-"), ("Contributor_Name", "full", "full"), ("Preferred_Phone", "phone", "phone"),
        ("Preferred_Email", "email", "email"), ("Fund", "fund", "-"), ("Fund_Type", "fund", "-"),
        ("Received_Date", "date", "-"), ("Type", "method", "-"), ("Reference", "chk", "-"), ("Amount", "money", "-"),
        ("City", "city", "city"), ("Contributor_Type", "member_type", "-"), ("Postal_Code", "zip", "zip"),
        ("State_Province", "state2", "state"), ("Street_1", "street", "addr1"), ("Street_2", "street2:0.3", "addr2"),
        ("Street_3", "blank", "-"),
    ],
    "churchteams_giving": [
        ("TaxDeductible", "truefalse", "-"), ("MemberID", "id", "refid|-"), ("FirstName", "first", "first"),
        ("LastName", "last", "last"), ("EmailAddress", "email", "email"), ("MobilePhone", "phone", "mobile"),
        ("Designation", "fund", "-"), ("Amount", "money", "-"), ("Method", "method", "-"), ("Date", "date", "-"),
        ("Check/Reference Number", "chk", "-"), ("Address1", "street", "addr1"), ("Address2", "street2:0.3", "addr2"),
        ("City", "city", "city"), ("State", "state2", "state"), ("ZipCode", "zip", "zip"),
    ],
    "breeze_giving": [
        ("Person ID", "id", "refid|-"), ("First Name", "first", "first"), ("Last Name", "last", "last"),
        ("Fund(s)", "fund", "-"), ("Amount", "money", "-"), ("Method", "method", "-"), ("Date", "date", "-"),
        ("Check Number", "chk:0.3", "-"),
    ],
    "elvanto_giving": [
        ("Tax Ded.", "yesno", "-"), ("Member ID", "uuid", "refid|-"), ("Person", "full", "full|-"),
        ("Email Address", "email", "email"), ("Phone Number", "phone", "phone"), ("Account / Sub Account", "fund", "-"),
        ("Amount", "money", "-"), ("Method", "method", "-"), ("Transaction Date", "date", "-"),
        ("Check Number", "chk:0.3", "-"), ("Campus", "campus", "-"), ("First Name", "first", "first"),
        ("Labels", "blank", "-"), ("Last Name", "last", "last"), ("Mailing Address", "street", "addr1"),
        ("Mailing Address Line 2", "street2:0.3", "addr2"), ("Mailing City", "city", "city"),
        ("Mailing State", "state2", "state"), ("Mailing Zip Code", "zip", "zip"),
    ],
    "pushpay_giving": [
        ("Tax Deductible", "truefalse", "-"), ("Payer ID", "id", "refid|-"), ("First Name", "first", "first"),
        ("Last Name", "last", "last"), ("Mobile Number", "phone", "mobile"), ("Fund Name", "fund", "-"),
        ("Amount", "money", "-"), ("Payment Type", "method", "-"), ("Received On", "date", "-"),
        ("Payment Reference", "txn", "-"), ("Address", "csz:0.8", "-"), ("Address 1", "street:0.8", "addr1"),
        ("Address 2", "street2:0.3", "addr2"), ("City", "city:0.8", "city"), ("Member Type", "member_type", "-"),
        ("State", "state2:0.8", "state"), ("Zip", "zip:0.8", "zip"),
    ],
    "acs_giving": [
        ("IndvID", "id", "refid|-"), ("Name", "fullrev", "full"), ("Phone", "phone", "phone"), ("Address1", "street", "addr1"),
        ("Address2", "street2:0.3", "addr2"), ("CSZ", "csz", "-"), ("Description", "desc2", "-"), ("Amount", "money", "-"),
        ("FullType", "fulltype", "-"), ("PostDate", "date", "-"), ("Reference", "chk", "-"),
    ],
    "facts_aware3_giving": [
        ("User ID", "id", "refid|-"), ("First Name", "first", "first"), ("Last Name", "last", "last"),
        ("Street", "street", "addr1"), ("City", "city", "city"), ("State", "state2", "state"),
        ("Postal Code", "zip", "zip"), ("Country", "country", "country"), ("Fund", "fund", "-"), ("Amount", "money", "-"),
        ("Type", "method", "-"), ("Initiated Date", "date", "-"), ("Organization", "company:0.3", "-|company"),
        ("Transaction ID", "txn", "-"),
    ],
    "fellowshipone_go_giving": [
        ("Tax Deductible", "truefalse", "-"), ("User Id", "id", "refid|-"), ("First Name", "first", "first"),
        ("Last Name", "last", "last"), ("Category", "fund", "-"), ("Amount", "money", "-"), ("Note", "method", "-"),
        ("Date", "date", "-"), ("Check Number", "chk:0.3", "-"),
    ],
    "church_windows_donations": [
        ("Trans. #", "id", "-"), ("Donation Date", "date", "-"), ("Batch Code", "batch", "-"), ("Check #", "chk:0.5", "-"),
        ("Account", "fieldcode", "-"), ("Amount", "money", "-"), ("Account ID", "id", "-"), ("Account Name", "fund", "-"),
        ("Pymt. Method", "method", "-"), ("Line Item Comments", "notes", "-"), ("Giver Name", "fullrev", "full"),
        ("Giver #", "id", "refid|-"),
    ],
    "bloomerang_volunteer": [
        ("FirstName", "first", "first"), ("LastName", "last", "last"), ("Email", "email", "email"), ("Phone", "phone", "phone"),
        ("Gender", "gender", "-"), ("Date of Birth", "dob_iso:0.5", "dob"), ("T-Shirt Size", "tshirt", "-"),
        ("Bio", "bio", "-"), ("Emergency Contact Name", "emerg", "-"), ("Emergency Contact Phone", "phone", "-"),
        ("Address", "street", "addr1"), ("Address 2", "street2:0.3", "addr2"), ("City", "city", "city"),
        ("State / Province", "statefull", "state"), ("ZIP / Postal Code", "zip", "zip"),
    ],
    "bloomerang_crm": [
        ("Account Number", "id", "refid|-"), ("Account Status", "acctstatus", "-"), ("Birthdate", "dob", "dob"),
        ("Communication Restrictions", "restrict", "-"), ("Employer", "company:0.5", "company"),
        ("Envelope Name", "envelope", "-"), ("Facebook Page", "fb:0.3", "-"), ("First Name", "first", "first"),
        ("Formal Name", "formal", "-"), ("Gender", "gender", "-"), ("Groups", "groups", "-"),
        ("Household Name", "household:0.5", "household|-"), ("Household Sort Name", "last:0.5", "-"),
        ("Informal Name", "informal", "-"), ("Job Title", "jobtitle:0.5", "jobtitle"), ("Last Name", "last", "last"),
        ("LinkedIn Page", "li:0.3", "-"), ("Middle Name", "middle:0.5", "middle"),
    ],
    "donor_tools": [
        ("First Name", "first", "first"), ("Last Name", "last", "last"), ("Middle Name", "middle:0.4", "middle"),
        ("Prefix", "prefix:0.5", "prefix"), ("Suffix", "suffix:0.2", "suffix"), ("Whole Name", "full", "-"),
        ("Salutation", "informal", "-"), ("Formal Salutation", "formal", "-"), ("Recognition Name", "household", "-"),
        ("Email Address", "email", "email"), ("Web Address", "url:0.3", "website|-"), ("Phone Number", "phone", "phone"),
        ("Twitter Username", "twitter:0.3", "-"), ("Birthday", "dob:0.4", "dob"), ("Note", "notes", "-"),
        ("Street Address", "street", "addr1"), ("Street Address2", "street2:0.3", "addr2"), ("City", "city", "city"),
        ("State", "state2", "state"), ("Postal Code", "zip", "zip"), ("Country", "country", "country"),
        ("Exclude From Mailings", "bit", "-"),
    ],
    "tntmpd_donors": [
        ("Donor Code/ID", "id", "refid|-"), ("Donor Name", "fullrev", "-|full"), ("Is Organization", "orgflag", "-"),
        ("Organization Name", "company:0.2", "-|orgname"), ("Title", "prefix", "prefix"), ("First/Given Name", "first", "first"),
        ("Middle Name", "middle:0.3", "middle"), ("Last/Family Name", "last", "last"), ("Suffix", "suffix:0.2", "suffix"),
        ("Spouse Title", "spousetitle:0.5", "-"), ("Spouse First/Given Name", "spousefirst:0.5", "-"),
        ("Spouse Middle Name", "blank", "-"), ("Spouse Last/Family Name", "spouselast:0.5", "-"),
        ("Street Address", "street", "addr1"), ("City", "city", "city"), ("State/Province", "state2", "state"),
    ],
    "graduway_contacts": [
        ("Email", "email", "email"), ("First Name", "first", "first"), ("Last Name", "last", "last"),
        ("Custom User Id", "custom", "refid|-"), ("Salutation", "salutation_long", "-"), ("Cell Number", "phone", "mobile"),
        ("Opted Into Text", "truefalse", "-"), ("Custom Account Id", "custom", "-"),
        ("Birthday (MM/DD/YYYY, YYYY/MM/DD, or MM/DD)", "dob:0.5", "dob"), ("Date Of Birth - Day", "blank", "-"),
        ("Date Of Birth - Month", "blank", "-"),
    ],
    "yeastar_contacts": [
        ("First Name", "first", "first"), ("Last Name", "last", "last"), ("Company Name", "company", "company"),
        ("Email", "email", "email"), ("Organization", "dept", "-"), ("Job Title", "jobtitle", "jobtitle"),
        ("Position", "jobtitle:0.3", "-"), ("Industry", "industry", "-|industry"), ("Supervisor", "emerg:0.3", "-"),
        ("Remark", "remark", "-"), ("Mobile", "phone", "mobile"),
    ],
    "magento_customers": [
        ("email", "email", "email"), ("_website", "store", "-"), ("_store", "store", "-"), ("confirmation", "blank", "-"),
        ("created_at", "datetime", "-"), ("created_in", "store", "-"), ("disable_auto_group_change", "bit", "-"),
        ("dob", "dob_iso:0.4", "dob"), ("firstname", "first", "first"), ("gender", "bit", "-"), ("group_id", "website_id", "-"),
        ("lastname", "last", "last"), ("middlename", "middle:0.3", "middle"), ("password_hash", "hash", "-"),
        ("prefix", "prefix:0.3", "prefix"), ("rp_token", "blank", "-"), ("rp_token_created_at", "blank", "-"),
        ("store_id", "website_id", "-"), ("suffix", "suffix:0.2", "suffix"), ("taxvat", "blank", "-"),
        ("website_id", "website_id", "-"), ("password", "blank", "-"),
    ],
    "magento_addresses": [
        ("_website", "store", "-"), ("_email", "email", "email"), ("_entity_id", "id", "-"), ("city", "city", "city"),
        ("company", "company:0.3", "company"), ("country_id", "cc", "country"), ("fax", "blank", "-"),
        ("firstname", "first", "first"), ("lastname", "last", "last"), ("middlename", "middle:0.3", "middle"),
        ("postcode", "zip", "zip"), ("prefix", "prefix:0.3", "prefix"), ("region", "statefull", "state"),
        ("region_id", "region_id", "-"), ("street", "street", "addr1"), ("suffix", "suffix:0.2", "suffix"),
        ("telephone", "phone", "phone"), ("vat_id", "blank", "-"), ("vat_is_valid", "blank", "-"),
        ("vat_request_date", "blank", "-"), ("vat_request_id", "blank", "-"), ("vat_request_success", "blank", "-"),
        ("_address_default_billing_", "bit", "-"), ("_address_default_shipping_", "bit", "-"),
    ],
    "emailit_contacts": [
        ("email", "email", "email"), ("first_name", "first", "first"), ("last_name", "last", "last"),
        ("company", "company", "company"), ("birthday", "dob_iso", "dob"),
    ],
    "github_sponsors": [
        ("Sponsor Handle", "handle", "-"), ("Sponsor Profile Name", "full:0.7", "full"),
        ("Sponsor Public Email", "email:0.5", "email"), ("Sponsorship Started On", "datetime", "-"),
        ("Is Public?", "truefalse", "-"), ("Is Yearly?", "truefalse", "-"), ("Transaction ID", "txn", "-"),
        ("Payment Source", "pp", "-"), ("Tier Name", "tier", "-"), ("Tier Monthly Amount", "money", "-"),
        ("Processed Amount", "money", "-"), ("Is Prorated?", "truefalse", "-"), ("Status", "status", "-"),
        ("Transaction Date", "datetime", "-"), ("Metadata", "blank", "-"), ("Country", "cc", "country"),
        ("Region", "region", "state|-"), ("VAT", "blank", "-"),
    ],
    "opencollective_transactions": [
        ("Effective Date & Time", "datetime", "-"), ("Transaction ID", "id", "-"), ("Description", "desc", "-"),
        ("Credit/Debit", "dc", "-"), ("Kind", "kind", "-"), ("Group ID", "uuid", "-"),
        ("Amount Single Column", "money", "-"), ("Currency", "currency", "-"), ("Is Reverse", "blank", "-"),
        ("Is Reversed", "blank", "-"), ("Reverse Transaction ID", "blank", "-"), ("Account Handle", "store", "-"),
        ("Account Name", "hostname", "-"), ("Opposite Account Handle", "handle", "-"),
        ("Opposite Account Name", "full", "full|-"), ("Payment Processor", "pp", "-"), ("Payment Method", "pm", "-"),
        ("Contribution Memo", "blank", "-"), ("Expense Type", "blank", "-"), ("Expense Tags", "blank", "-"),
        ("Expense Payout Method Type", "blank", "-"), ("Accounting Category Code", "blank", "-"),
        ("Accounting Category Name", "blank", "-"), ("Merchant ID", "blank", "-"), ("Reverse Kind", "blank", "-"),
    ],
    "port_open_import": [
        ("Fund Name", "fund", "-"), ("Amount", "money", "-"), ("Payment Method", "method", "-"),
        ("Received At", "date", "-"), ("Check Number", "chk:0.3", "-"), ("Campus", "campus", "-"), ("City", "city", "city"),
        ("Country Code", "cc", "country"), ("First Name", "first", "first"), ("Full Address", "csz", "-"),
        ("Full Name", "full", "-|full"), ("Labels", "blank", "-"), ("Last Name", "last", "last"), ("Phone", "phone", "phone"),
        ("Remote ID", "id", "refid|-"), ("State", "state2", "state"), ("Street Line 1", "street", "addr1"),
        ("Street Line 2", "street2:0.3", "addr2"), ("Street Line 3", "blank", "-"), ("Tax Deductible", "truefalse", "-"),
        ("Zip", "zip", "zip"),
    ],
}


#: Collected after the automapper was changed and measured once, untouched: formats nobody tuned on.
BLIND: dict[str, list[tuple[str, str, str]]] = {
    "squarespace_orders": [
        ("Name", "ordername", "-"), ("Notes", "notes", "-"), ("Billing Name", "full", "full"),
        ("Billing Address1", "street", "addr1"), ("Billing Address2", "street2:0.3", "addr2"),
        ("Billing City", "city", "city"), ("Billing Zip", "zip", "zip"), ("Billing Province", "state2", "state"),
        ("Shipping Name", "emerg:0.6", "-"), ("Shipping Address1", "street:0.6", "-"),
        ("Shipping Address2", "street2:0.2", "-"), ("Shipping City", "city:0.6", "-"), ("Shipping Zip", "zip:0.6", "-"),
        ("Shipping Province", "state2:0.6", "-"),
    ],
    "luminate_constituents": [
        ("Cons ID", "id", "refid|-"), ("First Name", "first", "first"), ("Last Name", "last", "last"),
        ("Email", "email", "email"), ("Phone", "phone:0.7", "phone"), ("Address - Street 1", "street", "addr1"),
        ("Address - Street 2", "street2:0.3", "addr2"), ("Address - City", "city", "city"),
        ("Address - State/Province", "state2", "state"), ("Address - ZIP/Postal Code", "zip", "zip"),
        ("Address - Country", "country", "country"), ("Creation Time", "datetime", "-"),
        ("Modification Time", "datetime", "-"),
    ],
    "exdon_donations": [
        ("Type", "dontype", "-"), ("Donuted Amount", "money", "-"), ("Deposited/External", "money", "-"),
        ("1 Week Late", "money", "-"), ("2 Week Late", "money", "-"), ("3 Week Late", "money", "-"),
        ("4+ Week Late", "money", "-"), ("Donor", "full", "full"), ("Donor Email", "email", "email"),
        ("Fundraiser", "emerg", "-"), ("Email", "email", "-"), ("Phone", "phone", "-"), ("City", "city", "-"),
        ("Donuted On", "date", "-"), ("Status", "status", "-"),
    ],
    "tamu_contact_list": [
        ("Donor_ID", "id", "refid|-"), ("Last_Name", "last", "last"), ("First_Name", "first", "first"),
        ("Address", "street", "addr1"), ("City", "city", "city"), ("State", "state2", "state"), ("Zipcode", "zip", "zip"),
        ("Phone", "phone", "phone"), ("Email", "email", "email"),
    ],
    "tamu_donor_import": [
        ("Title", "prefix:0.6", "prefix"), ("First Name", "first", "first"), ("Middle Name", "middle:0.4", "middle"),
        ("Last Name", "last", "last"), ("Suffix", "suffix:0.3", "suffix"), ("Organization", "company:0.3", "-|company"),
        ("Home Address", "street", "addr1"), ("Home City", "city", "city"), ("Home State", "state2", "state"),
        ("Home Zip Code", "zip", "zip"), ("Phone1", "phone", "phone"), ("Phone2", "phone:0.3", "-|mobile"),
        ("Email", "email", "email"), ("Date", "date", "-"), ("Amount", "money", "-"), ("Fund", "fund", "-"),
        ("Campaign", "desc2", "-"), ("Appeal", "desc2", "-"), ("Method", "method", "-"),
        ("Acknowledged?", "yesno", "-"), ("Note", "notes", "-"),
    ],
    "mrets_contacts": [
        ("Contact Name", "full", "full"), ("Job Title", "jobtitle", "jobtitle"), ("Email", "email", "email"),
        ("Phone", "phone", "phone"), ("Fax", "phone:0.3", "fax|-"), ("Website", "url", "website"),
        ("Street Address", "street", "addr1"), ("Street Address Line 2", "street2:0.3", "addr2"), ("City", "city", "city"),
        ("State/Province", "state2", "state"), ("Postal Code", "zip", "zip"), ("Country", "country", "country"),
    ],
    "toastmasters_roster": [
        ("Customer ID", "id", "refid|-"), ("Name", "full", "full"), ("Company / In Care Of", "company:0.2", "-|company"),
        ("Addr L1", "street", "addr1"), ("Addr L2", "street2:0.3", "addr2|-"), ("Addr L3", "blank", "-"),
        ("Addr L4", "blank", "-"), ("Addr L5", "csz", "-"), ("Country", "country", "country"), ("OptOut Mail", "optout", "-"),
        ("Email", "email", "email"), ("Secondary Email", "email:0.3", "-"), ("OptOut Email", "optout", "-"),
        ("Home Phone", "phone:0.6", "phone|-"), ("Mobile Phone", "phone:0.7", "mobile|-"), ("Additional Phone", "blank", "-"),
        ("OptOut Phone", "optout", "-"), ("Paid Until", "date", "-"), ("Member of Club Since", "date", "-"),
        ("Original Join Date", "date", "-"), ("status", "paid", "-"), ("Current Position", "position", "-"),
        ("Future Position", "position", "-"), ("Pathways Enrolled", "yesno", "-"),
    ],
}


def main() -> None:
    for folder, corpus in ((HERE, CORPUS), (HERE / "blind", BLIND)):
        folder.mkdir(exist_ok=True)
        rows = []
        for name, spec in corpus.items():
            rows += write(name, spec, folder=folder)
        with (folder / "expected.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "header", "expected"])
            w.writerows(rows)


if __name__ == "__main__":
    main()
