"""English: how ministries, ANAMA and Azerbaijani news agencies write about mines."""

from __future__ import annotations

from parsers.models import Bound, Group
from parsers.vocab import PeriodPattern, Vocab

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# "10 November 2020", "November 10, 2020", "August of 2022", "August 2022", "November 10"
_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?(?P<month>{{MONTH}})\.?(?:,?\s+(?:of\s+)?{_YEAR})?"
    rf"|(?P<month_b>{{MONTH}})\.?\s+(?P<day_b>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year_b>(?:19|20)\d{{2}})"
    # "April 1 of this year": the publication's year, as no year at all
    r"|\s+of\s+(?:this|the\s+current)\s+year\b)?"
    rf"|(?P<month_c>{{MONTH}})\.?,?\s+(?:of\s+)?(?P<year_c>(?:19|20)\d{{2}})"
    rf"|(?P<month_d>{{MONTH}})\b)"
)
_FULL_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# the year of a span of months: "of 2022", "this year"; no year group means the publication's
_WHICH_YEAR = r"(?:(?:the|this|the\s+current)\s+year\b|(?:of\s+)?(?P<year>(?:19|20)\d{2})\b)"
_WAR_END = (
    # "the conclusion of the Second Karabakh War": its end
    r"(?:(?:the\s+)?(?:end|conclusion)\s+of\s+(?:the\s+)?|after\s+(?:the\s+)?|the\s+)"
    # "the 44-day Patriotic War", "the Second Karabakh War", "the 2020 Karabakh war"
    r"(?:(?:second|2nd|Patriotic|44[-\s]day|Nagorno|Karabakh|2020|last)[-\s]+){1,4}war"
    r"(?:\s+(?:of|in)\s+(?:(?:the\s+)?(?:autumn|fall)\s+(?:of\s+)?|November\s+)?2020)?"
    r"|(?:the\s+)?(?:end|conclusion)\s+of\s+(?:the\s+(?:war|hostilities|conflict)|hostilities)"
    r"(?:\s+in\s+(?:November\s+)?2020)?"
)
# "the highest since 2016", "the largest number since 2017": one fixed-width look-behind
# per superlative and noun, as the re module requires
_NOT_AFTER_SUPERLATIVE = "".join(
    rf"(?<!{superlative}\s{noun})"
    for superlative in ("highest", "lowest", "largest", "biggest", "worst")
    for noun in ("", r"number\s", r"level\s", r"figure\s", r"toll\s")
)
_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozens?)"
)

_KILLED = (
    r"\b(?:killed|killing|died|dies|dying|dead|deaths?|perished|succumbed|fatalities|fatally|martyred|deceased"
    r"|(?:lost|losing)\s+(?:their|his|her)\s+lives?|(?:lost|losing)\s+(?:their|his|her)\s+life"
    r"|(?:took|claimed|takes|claims)\s+the\s+lives?\s+of"
    # "mines have claimed 12 lives": the verb before the count of lives
    r"|(?:took|claimed|takes|claims|cost)(?=\s+(?:more\s+than\s+|over\s+|about\s+)?[\d,]+\s+lives\b(?!\s+and\s+limbs)))\b"
)
_INJURED = (
    r"\b(?:injured|injuring|injuries|wounded|wounding|wounds|(?<!those\s)hurt(?!\s+by\s+(?:land)?mines\b)"
    r"|maimed|disabled|handicapped|crippled"
    r"|amputat\w*|mutilated"
    r"|hospitali[sz]ed"
    r"|(?:received|sustained|suffered|receiving|sustaining|suffering)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:injuries|injury|wounds)"
    r"|lost\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+|both\s+)?(?:(?:right|left|lower|upper)\s+)?"
    r"(?:limbs?|legs?|arms?|hands?"
    r"|feet|foot|eyes?|sight))\b"
)
# "killed or injured", "injured or killed": one count of both, whatever stands between
_OR = r"\s+(?:or|and/or)\s+(?:[^\W\d]+\s+){0,3}?"
_KILLED_OR_INJURED = rf"(?:{_KILLED}){_OR}(?:{_INJURED})|(?:{_INJURED}){_OR}(?:{_KILLED})"


# "700 by the army": who did it; not "700 by the agency's count", "by far", "by the end"
_BY_WHOM = (
    r"by\b(?!\s+(?:far|the\s+end|comparison)\b"
    r"|(?:\s+[\w'’]+){1,3}?\s+(?:count|estimates?|calculations?|data)\b)"
)

_PAST_WEEK = (
    r"(?:\b(?:over|during|in|for)\s+the\s+(?:past|last|previous|reporting)\s+"
    r"(?:week|period|seven\s+days)\s*)?"
)

VOCAB = Vocab(
    lang="en",
    months=_MONTHS,
    abbreviations=frozenset(
        {
            "no",
            "nos",
            "maj",
            "gen",
            "lt",
            "col",
            "capt",
            "cpt",
            "sgt",
            "brig",
            "adm",
            "cmdr",
            "mr",
            "mrs",
            "ms",
            "dr",
            "prof",
            "st",
            "km",
            "sq",
            "vs",
            "etc",
            "approx",
            "incl",
            "e.g",
            "i.e",
            "u.s",
            "u.k",
            "u.n",
            "a.m",
            "p.m",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "art",
            "para",
            "fig",
            "vol",
            "pp",
            "p",
            "ha",
            "sr",
            "jr",
            "co",
            "ltd",
            "inc",
            "gov",
            "rep",
            "min",
        }
    ),
    relevance=(
        r"mine|ordnance|\buxo|explosive|explosion|unexploded|munition|hectare|\bha\b|km2|km²|square\s+kilomet"
        r"|square\s+met|\bsq\.?\s*m\b|\bm2\b|m²"
        # "From March 10 to 16, ANAMA carried out demining operations": a report's lede
        r"|demin"
        # "Officials know of booby-trapped graveyards.": the victims the next sentence counts
        r"|booby"
        r"|killed|died|dead|death|lives|injur|wound|victim|casualt|hurt|maimed"
        # a period's line of a series: "From July to December, 76 people suffered."
        r"|suffer|affected|fatal"
    ),
    tail_heading=(
        r"related\s+(?:posts|news|articles|stories|content)|more\s+(?:from|news|stories)\b.*"
        r"|read\s+(?:also|more)|see\s+also|also\s+read|latest\s+news|most\s+read|popular"
        r"|you\s+may\s+also\s+like|recommended|other\s+news|leave\s+a\s+(?:reply|comment)"
    ),
    mine_context=(
        r"\b(?:land)?mines?\b|mine[-\s](?:explosion|blast|incident|victims?|clearance|action"
        r"|danger|threat|contamina)|minefield|ordnance|\buxos?\b|explosive|explosions?\b|exploded"
        r"|detonat|\bblast|\bERW\b|booby|\bANAMA\b|demin|anti-personnel|anti-tank"
        # "mined graveyards", "the area was mined"
        r"|\bmined\b"
    ),
    war_context=(
        r"\b(?:during|in)\s+the\s+(?:\w+\s+){0,2}war\b|\bmartyrs?\b|\bshehids?\b|\bin\s+battles?"
        r"|\bcombat\b|\bshelling|\bmissile|\bterror"
        # "the heaviest fighting of the war ... 30,000 people were killed"
        # "since the autumn 2020 fighting" dates a running count after the war instead
        r"|(?<!autumn\s2020\s)(?<!fall\s2020\s)\bfighting\b"
    ),
    mine_noun=(
        # "mine/ERW casualties": a compound that qualifies the people counted
        r"\b(?:land[-\s]?)?mines?\b(?!/|\s+and\s+(?:ERW|UXO)\s+(?:casualties|victims))"
        r"(?!\s+(?:action|clearance|explosions?|blasts?|incidents?"
        r"|victims?|casualt(?:y|ies)|danger|threat|awareness|detection|detectors?"
        # "120 mine deaths": the people a mine killed
        r"|deaths?|injur(?:y|ies)|fatalit(?:y|ies)))"
        # "120 mine-detection dogs", "25 mine-clearing machines": what works against mines
        # "mine-related casualties": the people a mine harmed, not mines
        r"(?![-\s]+(?:detection|detecting|clearing|clearance|sniffing|protected|resistant"
        r"|risk|search|related)\b)"
    ),
    uxo_noun=(
        r"\b(?:unexploded\s+(?:ordnances?|ammunition|munitions?|shells?|bombs?|devices?)"
        # "PHS", the Azerbaijani abbreviation, kept in translated copy
        r"|uxos?|erw|phs|explosive\s+(?:remnants?|devices?|objects?|items?|ordnance|weapons?)"
        # "1,200 landmines and other explosives": mines and other items counted together
        r"|(?:other\s+)?explosives"
        # "814 unexploded ordnances": agencies writing in English often count the mass noun
        r"|(?:items|pieces)\s+of\s+(?:unexploded\s+)?ordnance|ordnances?|munitions?"
        r"|(?:artillery\s+)?shells|projectiles?|grenades?|cluster\s+(?:munitions?|bombs?)"
        r"|bomblets?|rockets?|mortar\s+(?:shells|rounds|bombs)|ammunition)\b"
    ),
    people_noun=(
        r"\b(?:people|persons?|individuals|citizens?|civilians?|residents?|compatriots|victims?"
        # "claimed 12 lives": each life one person killed
        r"|lives(?!\s+of|\s+and\s+limbs)"
        r"|servicem[ae]n|service\s+members|soldiers?|military\s+personnel|troops|officers?"
        r"|border\s+guards?"
        # "(three civilians and one military)": the adjective stands for the people
        r"|military(?=\s*[),;.]|\s+and\b|\s*$)"
        r"|journalists?|reporters?|media\s+(?:representatives|workers)|children|child|kids"
        r"|cameram[ae]n|camera\s+operators?|correspondents?|photojournalists?"
        r"|minors|boys?|girls?|teenagers?|women|woman|men|man|deminers?|sappers?"
        r"|mine[-\s]clearers?|employees?|workers?|shepherds?|farmers?|villagers?|drivers?"
        r"|comrades|staff|members\s+of\s+(?:the|a|one|his|her|their)\s+family"
        r"|(?:Azerbaijani\s+)?nationals|Azerbaijanis|locals|others|casualties"
        # "three villagers died and two more were injured": more people, not the blast's mine
        r"|more(?=\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:injured|wounded|killed"
        r"|hurt|maimed))"
        # the Landmine Monitor's "mine/explosive remnants of war (ERW) casualties"
        r"|(?:land)?mines?(?:/|\s+and\s+)(?:ERW|UXO|explosive\s+remnants\s+of\s+war)"
        r"(?:\s+\(ERW\))?"
        r"\s+(?:casualties|victims|survivors)"
        # "120 mine-related deaths", "350 mine deaths and injuries": the harm names the people
        r"|(?:land)?mine(?:[-\s]related)?\s+(?:deaths\s+(?:and|or)\s+injuries|deaths|fatalities|injuries))\b"
    ),
    area_units={
        r"\bhectares?\b|\bha\b": 1.0,
        r"\bsq(?:uare|\.)?\s*(?:kilometers?|kilometres?|km)\b|\bkm\s*[²2]": 100.0,
        r"\bsq(?:uare|\.)?\s*(?:meters?|metres?|m)\b|\bm\s*[²2]": 0.0001,
    },
    found_verb=(
        r"\b(?:found|detected|discovered|defused|neutrali[sz]ed|neutrali[sz]ing|destroyed"
        r"|removed|cleared|disposed|deactivated|defus(?:ing|al)|uncovered|unearthed|seized"
        # "121 mines ... located and made safe"; a report's "tally stands at 4,960 mines"
        r"|made\s+safe|rendered\s+safe|tally"
        # "ANAMA and UNDP have helped to clear over 806,000 mines": done, not planned
        r"|help(?:ed|s|ing)?\s+(?:to\s+)?clear"
        # "the fund helped the agency clear 610,000 mines", "supported ANAMA in removing ..."
        r"|help(?:ed|s)\s+(?:[\w-]+\s+){1,4}?(?:to\s+)?(?:clear|remove|defuse|neutrali[sz]e"
        r"|destroy)"
        r"|(?:support|assist)(?:ed|s)\s+(?:[\w-]+\s+){1,4}?in\s+(?:removing|clearing|neutrali[sz]ing"
        r"|defusing|destroying)"
        # a headline's present tense: "Agency defuses 25 mines in May", "ANAMA clears ..."
        r"|defuses|neutrali[sz]es|clears|removes|destroys|disarm(?:ed|s)"
        r"|(?:deminers|sappers|teams|engineers)\s+(?:clear|defuse|neutrali[sz]e|remove|destroy)"
        r"|identified|located|recovered|collected|eliminated|find|finds"
        # "9,400 anti-personnel mines have been lifted": taken out of the ground
        r"|lifted)\b|\bdetection\b"
    ),
    laid_verb=(
        r"\b(?:planted|laid|buried|installed|placed|scattered|contaminat(?:e|es|ed|ing)|remain(?:s|ing)?"
        r"|lie|lying|left\s+behind|littered|planting|plant)\b"
        # "the territories still contain a million mines": what is still there was laid
        r"|\bstill\s+contain(?:s|ed)?\b"
        r"|\b(?:lands?|territor(?:y|ies)|areas?|fields?|districts?|regions?|zones?)\s+"
        # "the occupied zone had about 800,000 mines": what a territory holds was laid there
        r"(?:contain(?:s|ed)?|had|has|held|holds?)\b"
        # "the task of ridding the territory of up to a million landmines": still there
        r"|\bridding\b|\bto\s+rid\b"
        # "an estimated 1.5 million landmines", "there are 500,000 mines in Aghdam": a count
        # of what lies in the ground (a found verb in the clause wins)
        r"|\bestimates?\b|\b(?:is|are|was|were)\s+estimated\b|\bthere\s+(?:are|were)\b"
        # "the maps ... included 97,000 mines": the mines a minefield map shows are laid
        # maps handed over "for about 400 thousand mines", "detailing the location of 97,000
        # mines": a minefield map's count is the mines laid there (figures.md)
        r"|\b(?:maps?|formulars?)\b[^.;]{0,160}?\b(?:included|include|show(?:ed|s)?|indicat(?:ed|es)"
        r"|contain(?:ed|s)?|mark(?:ed|s)?|detail(?:ed|s|ing)?|cover(?:ed|s|ing)?)\b"
        # "maps for about 41,000 mines", not "maps for Fuzuli and Zangilan"
        r"|\b(?:maps?|formulars?)\b[^.;]{0,160}?\bfor\s+(?:(?:about|around|over|more\s+than|some|nearly|almost"
        r"|approximately)\s+)?(?=\d)"
        # "maps of around 92,000 anti-tank and anti-personnel mines were handed over"
        r"|\b(?:maps?|formulars?)\s+of\s+(?:(?:about|around|over|more\s+than|some|nearly|almost"
        r"|approximately)\s+)?(?=\d)"
    ),
    cleared_verb=(
        # "inspected 8,050 square meters" on residents' calls: a survey, not land cleared
        r"\b(?:cleared|demined|cleansed|freed|released|checked|clearance|made\s+safe|swept|tally"
        # a headline's present tense: "ANAMA clears 1,200 hectares in May"
        r"|clears"
        # the work named as a noun: "demining operations were conducted on 12,400 hectares",
        # "of the demining done in 2022, 812.5 ha fell to Shusha" (a plan is ``planned``)
        r"|demining"
        r"|cleaned"
        # "415,200 square meters were inspected for mines": the search for them is the
        # clearing; "specialists inspected 8,050 square meters" on calls stays a survey
        r"|(?:was|were|been)\s+inspected|inspected(?=\s+for\s+(?:land)?mines)"
        r"|(?:area|land|territory|hectares)\s+inspected"
        # land given back once cleared: "returned 12,000 hectares to safe use"
        r"|(?:safe|productive)\s+use)\b"
    ),
    victims_trigger=(
        _KILLED_OR_INJURED + r"|"
        r"(?:killed|died)\s+(?:or|and)\s+(?:injured|wounded|maimed)"
        r"|(?:dead|deaths)\s+(?:or|and)\s+(?:injured|wounded|injuries)"
        r"|\bvictims?\b|\bcasualties\b|\bhit\s+by\b|\bharmed\b"
        # "residents of (mine-)affected villages": where a mine-safety lesson's audience lives
        r"|\baffected\b(?!\s+(?:[\w-]+\s+)?(?:regions?|villages?|districts?|areas?|communit(?:y|ies)"
        r"|territor(?:y|ies)|settlements?|lands?|zones?|countr(?:y|ies)|provinces?)\b)"
        # "298 people have been struck by landmines", "55 were blown up by mines"
        r"|\bstruck\s+by\b|\bblown\s+up\b"
        # "an individual triggered a mine": the one who set it off, killed or hurt
        r"|\b(?:stepped\s+on|triggered|detonated|set\s+off|hit|struck|ran\s+over|drove\s+over)"
        r"\s+(?:an?\s+|the\s+)?"
        r"(?:(?:anti-personnel|anti-tank|unexploded)\s+)?(?:land)?mine\b"
        # "... stepped on a mine while collecting firewood and was injured": the harm told
        r"(?![^.;]{0,120}\band\s+(?:was|were|got)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)"
        # "mines hit 121 people": the mines the subject, the people the object
        r"|(?<=mines\s)(?:have\s+|had\s+)?(?:hit|struck|harmed|hurt)\b"
        # "24 people were hit: three killed and 21 injured"
        r"|\b(?:were|was|been)\s+hit\b"
        # "the mine toll was 26 people": every victim, not only the dead
        r"|\b(?:mine|casualty|human)\s+toll\b"
        # "hurt by mines" names everyone a mine harmed, the dead too
        r"|\bhurt\s+by\s+(?:land)?mines\b"
        # "64 villagers exploded on landmines": a translation of "подорвались на минах"
        r"|\b(?:exploded|blew\s+up|were\s+blown\s+up)\s+on\s+(?:an?\s+|the\s+)?(?:land)?mines?\b"
        r"|\bstepped\s+on\s+(?:land)?mines\b"
        # "Of those hurt, 70 were children": the people the total before counted, all of them
        r"|\bthose\s+hurt\b"
        # "suffered serious injuries" is the injured count, not all victims
        r"|\bsuffered\b(?!\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds|injury)\b)"
    ),
    killed_trigger=_KILLED,
    injured_trigger=_INJURED,
    groups=(
        (
            r"\bcivilians?\b|\bresidents?\b|\bvillagers?\b|\bshepherds?\b|\bfarmers?\b"
            r"|\bherders?\b|\bdrivers?\b|\bworkers?\b|\btractor\s+operators?\b|\bherdsm[ae]n\b"
            # "three members of the family were killed" on their way home
            r"|\bmembers\s+of\s+(?:the|a|one|his|her|their)\s+family\b"
            r"|\bpeaceful\s+(?:citizens|people|population)\b"
            # a company's staff are civilians; a demining company's clear mines
            r"|\b(?:employees?|workers?|staff)\s+of\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?"
            r"(?:demining|mine[-\s]clearance))(?:[\w-]+\s+){0,3}?(?:company|contractor|firm"
            r"|enterprise)\b|\bgrazing\b"
            # not "two journalists and an official": one more person of the toll, groupless
            r"|\b(?:local|municipal|village|district|executive)\s+officials?\b|\bofficials\b"
            r"|\bvillage\s+heads?\b|\bhead\s+of\s+the\s+village\b"
            r"|\bmunicipal\s+(?:workers?|employees?)\b",
            Group.CIVILIANS,
        ),
        (
            r"\bservicem[ae]n\b|\bservice\s*members?\b|\bsoldiers?\b|\bmilitary\b|\btroops\b"
            r"|\bofficers?\b|\bservicemembers?\b"
            # the State Border Service is a military force
            r"|\bborder\s+guards?\b|\bborder\s+(?:service|troops)\b",
            Group.MILITARY,
        ),
        (
            r"\bjournalists?\b|\breporters?\b|\bmedia\s+(?:representatives|workers)\b"
            # the crew that films or reports: "a TV cameraman", "an AZERTAC employee"
            r"|\bcameram[ae]n\b|\bcamera(?:wom[ae]n|\s+operators?)\b|\bcorrespondents?\b"
            r"|\bphotojournalists?\b|\b(?:TV|television)\s+operators?\b"
            r"|\b(?:AZERTAC|AzTV|news\s+agency)(?:['’]s)?\s+(?:employees?|staff(?:\s+members?)?)\b"
            r"|\bcameram[ae]n\b",
            Group.JOURNALISTS,
        ),
        (
            r"\bchildren\b|\bchild\b|\bkids\b|\bminors\b|\bboys?\b|\bgirls?\b|\bteenagers?\b"
            r"|\bschool(?:boy|girl|child|children)s?\b|\bpupils?\b|\badolescents?\b",
            Group.CHILDREN,
        ),
        (r"\bwomen\b|\bwoman\b", Group.WOMEN),
        (
            r"\bdeminers?\b|\bsappers?\b|\bmine[-\s]clearers?\b|\bANAMA\s+(?:employees?|staff|workers?)"
            r"|\b(?:demining|mine[-\s]clearance)\s+(?:workers?|employees?|staff)"
            # "four employees of demining organizations"
            r"|\b(?:employees?|staff|workers?)\s+of\s+(?:the\s+)?(?:demining|mine[-\s]clearance)"
            r"\s+(?:organi[sz]ations?|companies|company|agenc(?:y|ies)|operators?)\b"
            # a demining agency's own words in an interview: "two of our comrades were injured",
            # "two of our own employees"
            r"|\bour\s+(?:own\s+)?(?:comrades|staff|employees|team\s+members)\b"
            # "an employee of the Mine Action Agency (ANAMA)": the agency's staff clear mines
            r"|\b(?:employees?|staff(?:\s+members?)?|workers?|operators?)\s+of\s+(?:the\s+)?"
            r"(?:Azerbaijan(?:['’]s|i)?\s+)?"
            # "an employee of the Azerbaijan Mine Action Agency (ANAMA)": a head is six words,
            # so "Agency" may fall outside it
            r"(?:ANAMA|Mine\s+Action\b"
            r"|(?:[\w-]+\s+){0,3}Agency\s+for\s+Mine\s+Action|Azerbaijan\s+National\s+Agency\b)",
            Group.DEMINERS,
        ),
        (
            # "4,200 infantry, 1,100 anti-tank and 900 other mines": the mines against people
            r"\banti[-\s]?personnel\b|\binfantry(?=\s+mines?\b|\s*(?:,|$)|\s+and\s+anti)",
            Group.ANTI_PERSONNEL,
        ),
        (r"\banti[-\s]?tank\b", Group.ANTI_TANK),
    ),
    bounds_before=(
        (
            r"\b(?:more\s+than|over|at\s+least|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than"
            r"|no\s+less\s+than|exceeding|exceeded|exceeds|beyond|surpassed|(?<=has\s)passed"
            r"|(?<=have\s)passed|(?<=has\s)topped|(?<=have\s)topped)",
            Bound.AT_LEAST,
        ),
        (
            r"\b(?:about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to"
            r"|an\s+estimated|estimated|up\s+to\s+an\s+estimated|circa|~)",
            Bound.APPROX,
        ),
        (
            r"\b(?:up\s+to|less\s+than|fewer\s+than|under|no\s+more\s+than|at\s+most"
            r"|as\s+many\s+as)",
            Bound.AT_MOST,
        ),
    ),
    bounds_after=(
        (r"\+|-?plus\b|\s+or\s+more\b", Bound.AT_LEAST),
        (r"\s+or\s+(?:less|fewer)\b", Bound.AT_MOST),
    ),
    part_before=(
        r"\bincluding|\bincl\.|\bamong\s+(?:them|whom|which|those|these)"
        r"|\bof\s+(?:whom|which|them|these|those|this|that|it)"
        r"|\bout\s+of\s+(?:which|whom)(?:\s+(?:were|was|are))?|\bsuch\s+as|\(|\bwhile"
        # "390 people ... These include 12 children": the total before, broken down
        r"|\b(?:these|they|those)\s+include(?:d)?"
    ),
    part_after=r"of\s+(?:them|whom|which|those)\b|of\s+the\s+(?:victims|dead|injured|wounded)",
    reference_before=r"\b(?:out\s+)?of\s+(?:the|these|those)",
    elliptic_after=(
        # whole words: "in 15 incidents" is no count of "incidents" going on with "in"
        r"(?:(?:in|on|at|across|within|from|around|near|along|throughout|were|was|have|has|had"
        r"|are|and|or"
        # "5,100 mines were found by the agency, 700 by the army": by whom, not what
        r")\b|" + _BY_WHOM + r"|,|;|\)|\.|$"
        # "deminers found 25 more": more of what the clause before counted
        r"|more\b(?!\s+than))"
    ),
    one_person=(
        # "Shepherd dies in mine blast": a headline names its one victim without an article
        r"(?:^(?P<bare>)(?=[A-Z])"
        # "Last night, resident of Barda District Mammadov Elnur, born 1985, was wounded": a
        # bare noun of where the person lives, their name in apposition
        r"|(?:^|(?<=,\s))(?=(?:resident|native|villager)\s+of\s)"
        # "Tartar resident Elnur Mammadov, born in 1985, was wounded": the noun, a name, a
        # birth year
        # "Cameraman Tural Aliyev of a state channel and district official Orkhan Mammadov
        # were killed": a job title before each name
        r"|(?:^|(?<=\sand\s))(?:(?:[\w'’-]+\s+)?(?:district|local|village|municipal|executive)\s+)?"
        r"(?=(?:cameraman|camerawoman|camera\s+operator|correspondent|photojournalist|journalist"
        r"|reporter|official)\s+[\w'-]+\s+[\w'-]+(?:ov|ova|yev|yeva|ev|eva|zade|zada|li|lu)\b)"
        r"|(?:^|(?<=,\s))(?:[\w-]+\s+)?(?=(?:resident|villager|shepherd|farmer|driver|worker)"
        r"\s+(?:[\w'-]+\s+){1,5}?[\w'-]+,?\s+\(?born\b)"
        # "its driver was hurt", "a third serviceman was hurt"
        r"|\b(?:a|an|one|another|his|her|their|its|the)\s+(?:(?:second|third|fourth|fifth"
        r"|young|local|\d+-year-old"
        r"|[\w-]+-year-old|military|Azerbaijani|ANAMA|civilian|female|male|former|elder"
        r"|younger|older|tractor|truck|lorry|car|bus|taxi|combine|excavator|bulldozer|construction|road"
        r"|TV|television|AZERTAC|AzTV|news\s+agency|state\s+TV|[\w'’-]+\s+district"
        r"|factory|farm)\s+){0,3})"
        r"(?P<noun>civilian|serviceman|servicewoman|soldier|officer|border\s+guard|resident"
        r"|villager|shepherd"
        r"|farmer|herder|man|woman|child|boy|girl|teenager|schoolboy|schoolgirl|schoolchild|pupil"
        r"|person|individual|citizen|worker|employee|staff\s+member|operator|driver"
        r"|journalist|reporter|deminer|sapper|member\s+of\s+the\s+armed\s+forces|brother"
        r"|cameraman|camerawoman|camera\s+operator|correspondent|photojournalist"
        r"|sister|son|daughter|father|mother|husband|wife|nephew|cousin|companion"
        # "two journalists and an official": alone, "an official said" is a source, not a victim
        r"|(?<=and an )official"
        # "A local official died in a mine blast": an official is a source unless harmed
        r"|(?:official|village\s+head|head\s+of\s+the\s+village|municipal\s+(?:worker|employee))"
        r"(?=(?:\s+[\w,-]+){0,6}?\s+(?:was\s+|has\s+been\s+)?(?:killed|injured|wounded|hurt|died"
        r"|blown|stepped|lost|sustained|suffered|received)\b)"
        # "Farid Aliyev stepped on a mine and was injured": a named person opens the sentence
        r"|(?<=^)[a-z]+\s+[a-z]+(?:ov|ova|yev|yeva|ev|eva|zade|zada|li|lu))\b"
        r"(?(bare)(?=\s+(?:(?:was|is|has\s+been)\s+)?(?:dies|killed|injured|wounded|hurt"
        r"|blown\s+up)\b"
        r"|,?\s+(?:stepped\s+on|hit|triggered|detonated)\s+(?:an?\s+)?(?:land)?mine\b))"
        # "the civilian population", "the driver's seat": not a person
        # "the civilian casualties", "the child victims": an adjective of a plural count
        r"(?!\s+(?:population|objects?|infrastructure|areas?|facilities|casualties|victims"
        r"|deaths|injuries|fatalities|toll|share|proportion)\b|['’]s"
        # "its driver escaped without injury": the one person the blast spared
        r"|\s+(?:escaped|survived\s+unhurt|(?:was|were)\s+(?:not\s+(?:hurt|injured|harmed)"
        r"|unhurt|unharmed|uninjured))\b)"
    ),
    cumulative_marker=(
        r"\b(?:in\s+total|a\s+total\s+of|total(?:ly|led|ling)?|so\s+far|to\s+date|overall"
        r"|in\s+all|altogether|as\s+of|have\s+(?:become|suffered)"
        # "Three years since the blast that killed two journalists": an anniversary of one event
        # "the ministry has since clarified": since then, an adverb that starts no period
        r"|(?<!has\s)(?<!have\s)(?<!had\s)(?<!ever\s)"
        r"since(?!\s+the\s+(?:\w+\s+)?(?:blast|explosion|incident|tragedy|detonation|attack))"
        r"|has\s+(?:become|reached)|reached|number\s+of|up\s+to\s+now|until\s+now"
        r"|over\s+the\s+(?:past|last)|during\s+the\s+(?:past|last|reporting)|per\s+(?:year|week)"
        r"|weekly|monthly|annually|a\s+year|last\s+(?:week|month|year)"
        # "Earlier this week, a resident was wounded": the day of one blast
        r"|(?<!earlier\s)this\s+week"
        r"|during\s+the\s+(?:\w+\s+)?(?:clearance|operations?|demining|work|week|month))\b"
        # "During the campaign", "over the year": the period an earlier sentence set
        r"|\b(?:during|over|throughout|in\s+the\s+course\s+of)\s+the\s+(?:\w+\s+)?"
        r"(?:campaign|year|season|period|week|month)\b|\b(?=this\s)"
        # "In March this year, a shepherd was wounded": the month dates one blast
        + "".join(rf"(?<!{month}\s)" for month in _FULL_MONTHS.split("|"))
        + r"this\s+year\b"
        # "In addition, 19,408 unexploded ordnance were destroyed": the same report goes on
        r"|^(?:in\s+addition|additionally|besides|moreover|furthermore|also)\b"
        # "In the course of the operations, 850 anti-tank mines were found": the results of
        # many operations, not of one
        r"|\b(?:in\s+the\s+course|as\s+a\s+result)\s+of\s+(?:the\s+)?(?:\w+\s+)?operations\b"
    ),
    incident_marker=(
        r"\b(?:when|after|while)\b.{0,60}\b(?:stepp?ed|hit|ran\s+over|detonated|exploded"
        r"|triggered|went\s+off|struck)|\bas\s+a\s+result\s+of\s+(?:an?|the)\s+"
        r"(?:\w+\s+){0,2}(?:explosion|blast|incident)\b"
        # "the report released on Wednesday", "the agency said on Monday": the day of the
        # telling, not of an event
        r"|(?<!said\s)(?<!released\s)(?<!published\s)(?<!reported\s)(?<!announced\s)"
        r"(?<!stated\s)(?<!presented\s)(?<!issued\s)(?<!added\s)(?<!told\s)"
        r"\b(?:on|last)\s+(?:Monday|Tuesday"
        r"|Wednesday|Thursday|Friday|Saturday|Sunday)|\byesterday\b|\btoday\b"
        r"|\bin\s+the\s+(?:same\s+)?(?:incident|blast|explosion)\b"
        # "died at the scene", "was killed on the spot": the one blast the text told
        r"|\b(?:at\s+the\s+scene|on\s+the\s+spot)\b"
        r"|\bexploded\b|\bdetonated\b|\bstepp?ed\s+on\b|\bran\s+over\b|\bhit\s+an?\s+"
        r"(?:\w+\s+)?mine\b|\ba\s+mine\s+(?:explosion|blast)\b"
        # "In March, a mine incident was recorded ..., in which one shepherd was wounded"
        r"|\b(?:an?|one)\s+(?:land)?mine\s+(?:incident|accident)\s+(?:was|has\s+been)\s+"
        r"(?:recorded|registered|reported)\b"
        # a headline's "Shepherd dies in Tovuz border mine blast": one blast
        r"|^[^.]*\b(?:dies|killed|injured|wounded|hurt)\s+in\s+(?:[\w-]+\s+){0,3}mine\s+"
        r"(?:blast|explosion)\b"
    ),
    periods=(
        # "over the past week (November 6-12)": the bracket dates the week; its days are
        # no counts, and the phrase before it is the same week
        PeriodPattern(
            _PAST_WEEK + r"\(\s*(?P<r2_month>{MONTH})\.?\s+(?P<r1_day>\d{1,2})\s*[-–—]\s*"
            r"(?P<r2_day>\d{1,2})(?:,?\s+(?P<r2_year>\d{4}))?\s*\)",
            "range",
        ),
        PeriodPattern(
            _PAST_WEEK + r"\(\s*(?P<r1_day>\d{1,2})\s*[-–—]\s*(?P<r2_day>\d{1,2})\s+"
            r"(?P<r2_month>{MONTH})\.?(?:,?\s+(?P<r2_year>\d{4}))?\s*\)",
            "range",
        ),
        PeriodPattern(
            rf"\b(?:since|after|following|from)\s+{_WAR_END}"
            # "from the end of the war in 2020 to August 1 of this year"
            rf"|\b(?:from|between)\s+(?=the\s+end\b){_WAR_END}"
            # "after the autumn 2020 fighting", "since the escalation of autumn 2020": the war
            r"|\b(?:since|after|following)\s+the\s+(?:(?:autumn|fall)\s+(?:of\s+)?2020\s+"
            r"(?:fighting|escalation|hostilities|war|conflict)|(?:fighting|escalation|hostilities)"
            r"\s+(?:in|of)\s+(?:the\s+)?(?:autumn|fall)\s+(?:of\s+)?2020)"
            # a headline drops the article: "since war ended"
            r"|\b(?:since|after)\s+(?:the\s+)?war\s+(?:ended|was\s+over)(?:\s+in\s+2020)?"
            r"|\b(?:in|throughout|during|over)\s+the\s+(?:entire\s+|whole\s+)?post[-\s](?:conflict|war)"
            r"\s+period"
            r"|\b(?:since|after)\s+the\s+(?:liberation\s+of\s+(?:the\s+)?(?:occupied\s+)?"
            r"(?:territories|lands)|victory|(?:signing\s+of\s+the\s+)?trilateral\s+statement"
            # "after the November 2020 ceasefire", "since the 10 November 2020 ceasefire"
            r"|(?:(?:10\s+)?November\s+(?:10,?\s+)?2020\s+)?ceasefire)"
            r"(?:\s+in\s+(?:November\s+)?2020)?"
            # "in the period following the signing of the Tripartite Declaration on 10
            # November 2020", "since the November 10 trilateral statement", "since the signing
            # of the ceasefire agreement in November 2020": the declaration that ended the war
            r"|\b(?:(?:in\s+)?the\s+period\s+(?:following|after)|since|after|following)\s+the\s+"
            r"(?:signing\s+of\s+the\s+)?(?:(?:10\s+November|November\s+10)(?:,?\s+2020)?\s+)?"
            r"(?:(?:trilateral|tripartite)\s+(?:ceasefire\s+)?(?:statement|declaration|agreement)"
            r"|ceasefire\s+(?:agreement|statement|deal))"
            r"(?:\s+(?:on|of)\s+(?:10\s+November|November\s+10),?\s+2020"
            r"|\s+in\s+November\s+2020)?"
            # "since the war's end in 2020"
            r"|\b(?:since|after)\s+the\s+war['’]s\s+end(?:\s+in\s+(?:November\s+)?2020)?"
            r"|\bsince\s+the\s+war\b(?!\s+(?:in|of)\s+(?:19|the\s+(?:early\s+)?19))"
            r"|\b(?:since|after)\s+the\s+end\s+of\s+(?:the\s+)?(?:Armenian\s+)?occupation"
            r"|\bsince\s+the\s+2020\s+war|\bsince\s+the\s+(?:\w+[-\s]){0,2}war\s+ended(?:\s+in\s+2020)?",
            "fixed:2020-11-10",
        ),
        # the end of a span that starts with the war's end: "... in 2020 to August 1"
        PeriodPattern(
            r"(?:(?<=war\sin\s2020\s)|(?<=war\s))(?:to|and|till|until)\s+"
            + _DATE
            + r"(?:\s+of\s+this\s+year)?",
            "as_of",
        ),
        # "since the start of the full-scale invasion" of Ukraine: 24 February 2022
        PeriodPattern(
            r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+|Russia['’]s\s+)"
            r"full[-\s]scale\s+(?:war|invasion)",
            "fixed:2022-02-24",
        ),
        PeriodPattern(
            r"\b(?:since|after)\s+the\s+(?:end\s+of\s+the\s+)?first\s+Karabakh\s+war"
            r"|\bover\s+the\s+(?:past|last)\s+(?:three|3)\s+decades"
            r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:Armenian\s+)?occupation"
            # "since the conflict began": the Karabakh conflict of the early 1990s
            r"|\bsince\s+the\s+(?:start\s+of\s+the\s+|beginning\s+of\s+the\s+)?conflict"
            r"(?:\s+(?:began|started|broke\s+out))?\b(?!\s+(?:of|in)\s+20)"
            r"|\bsince\s+the\s+(?:early\s+)?1990s",
            "fixed:1991",
        ),
        # "(12.02.2024 – 18.02.2024)", "from 12.02 to 18.02.2024": dates in figures
        PeriodPattern(
            r"(?:\bfrom\s+|\bbetween\s+)?(?<![\d.])"
            r"(?P<r1_day>\d{1,2})(?:\.(?P<r1_month>\d{1,2})(?:\.(?P<r1_year>(?:19|20)\d{2}))?)?"
            r"\s*(?:[-–—]|\bto\b|\btill\b|\buntil\b|\band\b)\s*"
            r"(?P<r2_day>\d{1,2})\.(?P<r2_month>\d{1,2})\.(?P<r2_year>(?:19|20)\d{2})(?![\d.]\d)",
            "range",
        ),
        PeriodPattern(
            # "between 1 May and the end of June 2024": the month that ends the range
            rf"\bbetween\s+{_DATE.replace('<', '<r1_')},?\s+and\s+(?:the\s+end\s+of\s+)?"
            rf"{_DATE.replace('<', '<r2_')}",
            "range",
        ),
        PeriodPattern(
            rf"\bfrom\s+{_DATE.replace('<', '<r1_')},?\s+(?:to|till|until|through)\s+"
            rf"(?:the\s+end\s+of\s+)?{_DATE.replace('<', '<r2_')}",
            "range",
        ),
        # "during 14-20 March 2023", "between 5 and 10 February 2024", "on March 14-20"
        PeriodPattern(
            r"\b(?:during|on|from|between|over|for|in\s+the\s+period\s+of)\s+"
            r"(?:the\s+(?:period|week)\s+(?:of\s+)?)?"
            r"(?P<r1_day>\d{1,2})\s*(?:[-–—]|and|to|till|until|through)\s*(?P<r2_day>\d{1,2})\s+"
            r"(?P<r2_month>{MONTH})\.?(?:,?\s+(?P<r2_year>\d{4}))?",
            "range",
        ),
        PeriodPattern(
            # "bulletin for July 14-19, 2025:" dates the list that follows
            # "during the reporting period (March 10-16)", "summed up the week of March 3-9"
            r"(?:\b(?:during|on|from|between|over|in|for)\s+(?:the\s+(?:reporting\s+)?"
            r"(?:period|week)\s+(?:of\s+|\(\s*)?)?|\bthe\s+(?:reporting\s+)?(?:period|week)\s+"
            r"(?:of\s+|\(\s*))(?P<r2_month>{MONTH})\.?\s+(?P<r1_day>\d{1,2})"
            r"\s*(?:[-–—]|and|to|till|until|through)\s*(?P<r2_day>\d{1,2})"
            r"(?:,?\s+(?P<r2_year>\d{4}))?",
            "range",
        ),
        # "its monthly report (for May)": the report counts over that whole month
        PeriodPattern(
            r"\b(?:report|results|statistics|data|information|bulletin|summary|figures)\s*\(?\s*for\s+"
            r"(?:the\s+month\s+of\s+)?(?=(?P<r2_month>" + _FULL_MONTHS + r")\b)"
            r"(?P<r1_month>" + _FULL_MONTHS + r")\b(?:,?\s+(?P<r2_year>(?:19|20)\d{2})\b)?",
            "range",
            weak=True,  # read in a lede with no digit too
        ),
        # "in the first seven months of 2022", "over the first 9 months of this year"
        PeriodPattern(
            r"\b(?:in|during|over|for|throughout)\s+the\s+first\s+(?P<n>\d{1,2}|" + _WORDS + r")"
            r"\s+months\s+of\s+" + _WHICH_YEAR,
            "months",
        ),
        PeriodPattern(
            # a headline drops the article: "in first half of 2025"
            r"\b(?:in|during|over|for|throughout)\s+(?:the\s+)?first\s+half\s+of\s+" + _WHICH_YEAR,
            "months",
            days=6,
        ),
        PeriodPattern(
            r"\b(?:in|during|over|for|throughout)\s+(?:the\s+)?second\s+half\s+of\s+" + _WHICH_YEAR,
            "months",
            days=-6,
        ),
        PeriodPattern(
            r"\b(?:in|during|over|for|throughout)\s+the\s+first\s+quarter\s+of\s+" + _WHICH_YEAR,
            "months",
            days=3,
        ),
        # "in January-July 2022", "from January to July this year"
        PeriodPattern(
            r"\b(?:in|during|over|for|from|between)\s+(?P<r1_month>" + _FULL_MONTHS + r")"
            r"\s*(?:[-–—]|to|through|and)\s*(?P<r2_month>"
            + _FULL_MONTHS
            + r")\b,?\s+"
            + _WHICH_YEAR,
            "months",
        ),
        # "In March this year": that month of the publication's year, to its last day, as
        # "in March 2024" (not the year from January that "this year" alone says)
        PeriodPattern(
            r"\b(?:in|during|throughout|for|over)\s+(?:the\s+month\s+of\s+)?(?=(?P<r2_month>"
            + _FULL_MONTHS
            + r")\b)(?P<r1_month>"
            + _FULL_MONTHS
            + r")\b,?\s+(?:of\s+)?(?:this|the\s+current)\s+year\b",
            "months",
            weak=True,
        ),
        # "in January 2024", "during March 2023": the month
        PeriodPattern(
            r"\b(?:in|during|throughout|for|over)\s+(?P<month>{MONTH})\.?,?\s+(?:of\s+)?"
            r"(?P<year>(?:19|20)\d{2})\b",
            "date",
            weak=True,
        ),
        # "in December": the latest December not after publication
        PeriodPattern(
            r"\b(?:in|during|throughout|over)\s+(?:the\s+month\s+of\s+)?(?P<month>"
            + _FULL_MONTHS
            + r")\b(?!\s*(?:\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![,.\s]\d{3}\b)))",
            "date",
            weak=True,
        ),
        PeriodPattern(
            r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|the\s+current)"
            r"\s+month\b",
            "months_back",
        ),
        PeriodPattern(
            r"\b(?:in|during|over)\s+(?:the\s+)?(?:last|past|previous)\s+month\b|\blast\s+month\b",
            "months_back",
            days=1,
            weak=True,
        ),
        PeriodPattern(
            r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|the\s+current)"
            r"\s+year\b",
            "past_years",
        ),
        PeriodPattern(
            # "until April 1 of this year": the year of a date, read with the date
            r"(?<!\d\sof\s)(?<!\dst\sof\s)(?<!\dnd\sof\s)(?<!\drd\sof\s)(?<!\dth\sof\s)"
            r"\b(?:this|the\s+current)\s+year\b",
            "past_years",
            weak=True,
        ),
        # "during the outgoing year 2023", "the past year 2023": the year it names
        PeriodPattern(
            r"(?:\b(?:in|during|over|throughout|for)\s+)?\bthe\s+(?:outgoing|past|last|previous"
            r"|passing|ending|current)\s+(?:year\s*,?\s+)?(?P<year>(?:19|20)\d{2})\b",
            "year",
            weak=True,
        ),
        PeriodPattern(
            r"\blast\s+year\b|\bthe\s+previous\s+year\b|\ba\s+year\s+(?:earlier|before)\b",
            "past_years",
            days=1,
            weak=True,
        ),
        PeriodPattern(
            r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<n>\d+|" + _WORDS + r")\s+years",
            "past_years",
        ),
        # "Over three years, 90,000 ha were cleared": a few years back from the telling
        PeriodPattern(
            r"\b(?:over|during)\s+(?:the\s+course\s+of\s+)?(?P<n>[2-9]|two|three|four|five|six"
            r"|seven|eight|nine)\s+years\b(?!\s+(?:ago|old|later|earlier|before|after))",
            "past_years",
        ),
        PeriodPattern(
            r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<n>\d+|" + _WORDS + r")\s+days",
            "past_days",
        ),
        # a weekly report: "over the past week", "last week" are the seven days before
        PeriodPattern(
            r"\b(?:(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|previous)\s+week"
            r"|(?<!the\s)last\s+week)\b(?!\s+of\b)",
            "past_days",
            days=7,
            weak=True,
        ),
        PeriodPattern(
            r"\b(?:between|from)\s+(?P<r1_year>(?:19|20)\d{2})\s+(?:and|to|till|until|through)\s+"
            r"(?P<r2_year>(?:19|20)\d{2})\b"
            # "in 2021-2024": the years from the first to the last
            r"|\b(?:in|during|over|throughout|for|from|between)\s+(?:the\s+(?:years|period)\s+)?"
            r"(?P<r1_year_b>(?:19|20)\d{2})\s*[-–—]\s*(?P<r2_year_b>(?:19|20)\d{2})\b",
            "range",
        ),
        PeriodPattern(r"\bsince\s+the\s+(?P<year>1[89]\d0|20\d0)s", "decade"),
        # a list's line labelled by its year: "- 2022: 74 victims; killed - 11"
        PeriodPattern(
            r"^[ \t]*[-–—•*]?[ \t]*(?P<year>(?:19|20)\d{2})[ \t]*:",
            "year",
            weak=True,
        ),
        PeriodPattern(r"\b(?:as\s+of|by|until|till|up\s+to)\s+" + _DATE, "as_of"),
        # "All known casualties by end 2016", "by the end of 2018": to the year's last day
        PeriodPattern(
            r"\b(?:as\s+of|by|until|till|up\s+to|to)\s+(?:the\s+)?end(?:\s+of)?\s+"
            r"(?P<year>(?:19|20)\d{2})\b",
            "as_of",
        ),
        PeriodPattern(
            r"\b(?:since|starting\s+from|from|after|(?:looking|going|dating)\s+back\s+to)\s+"
            r"(?:the\s+(?:beginning|start)\s+of\s+"
            # "since the start of operations on 10 November 2020"
            r"(?:(?:the\s+)?(?:demining\s+|clearance\s+)?(?:operations|work|clearance|demining)"
            r"\s+(?:on|in)\s+)?)?" + _DATE,
            "date",
        ),
        # "ANAMA's records going back to 1991 contain over 3,400 victims"
        PeriodPattern(
            r"\b(?:looking|going|dating)\s+back\s+to\s+(?P<year>(?:19|20)\d{2})\b", "year"
        ),
        PeriodPattern(
            # "the highest since 2016" compares with a year, it counts nothing from it
            _NOT_AFTER_SUPERLATIVE + r"\b(?:since|from)\s+(?:the\s+(?:beginning|start)\s+of\s+)?"
            r"(?P<year>(?:19|20)\d{2})\b",
            "year",
        ),
        PeriodPattern(
            # "nearly double the figure for 2022", "more than in 2022": the year compared with
            # "twice as many as in 2021"
            r"(?<!figure\s)(?<!figures\s)(?<!than\s)(?<!total\s)(?<!\bas\s)"
            # "born in 1990", "built in 2021": a date of the person or thing, no period
            r"(?<!born\s)(?<!built\s)(?<!made\s)(?<!produced\s)(?<!manufactured\s)"
            r"\b(?:in|during|throughout|for)\s+(?:the\s+(?:whole|first|second|third|fourth|last)"
            r"\s+(?:half|quarter|months?)\s+of\s+|(?:January|February)\s*[-–]\s*\w+\s+|the\s+year\s+"
            # "for the whole of 2023": the year's total
            r"|the\s+(?:whole|entire)\s+(?:of\s+)?(?:the\s+year\s+)?)?"
            r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-–]?\s*(?:war|conflict))",
            "year",
            weak=True,
        ),
        # "On March 3, mine blasts ... wounded five": the day the blasts happened on
        PeriodPattern(
            r"(?:^|\bon\s+)(?:(?P<month>{MONTH})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"|(?P<day_b>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_b>{MONTH}))\b"
            r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?",
            "day",
            weak=True,
        ),
    ),
    not_figure=(
        # "Ali Mammadov (51) and Elnur Huseynov (27) were wounded": an age after a surname
        r"\((?<=ov\(|ev\(|va\(|de\()\d{1,2}\)|\((?<=ov\s\(|ev\s\(|va\s\(|de\s\()\d{1,2}\)",
        # "One could argue that ...": the generic pronoun, no count
        r"\bone\s+(?:could|can|cannot|can['’]t|would|should|might|may|must|will|needs\s+to"
        r"|has\s+to|sees|finds|notices|wonders|thing)\b",
        # "in one case two shepherds, in the other three": which blast, no count
        r"\bin\s+one\s+(?:case|instance|incident)\b",
        # a superseded count a correction quotes: "earlier reported as 45", "not 45"
        r"\b(?:earlier|previously|initially|originally|first)\s+(?:reported|given|stated|put"
        r"|announced|cited)\s+(?:as|at)\s+\d[\d,.]*",
        r"\b\d+\s*mins?\.?\s+read\b|\b\d+\s*minutes?\s+read\b",
        # a footnote mark: "eight injured.[2]"
        r"\[\d{1,3}\]",
        r"\b(?:paragraphs?|articles?|clauses?|points?|resolutions?|sections?|chapters?|pages?"
        r"|items?|decrees?|laws?|orders?|protocols?|parts?|nos?\.|numbers?|#)\s*"
        r"(?:No\.?\s*)?\d+(?:\s*(?:,|and|-)\s*\d+)*",
        r"\b\d+[-\s]years?[-\s]old\b|\b[a-z]+-years?-old\b|\baged\s+\d+|\bage\s+of\s+\d+"
        # "aged twelve", "aged twenty-two", "twelve years old"
        rf"|\b(?:aged|age\s+of)\s+{_WORDS}(?:-{_WORDS})?\b|\b{_WORDS}(?:-{_WORDS})?\s+years?\s+old\b"
        # "the 1997 Mine Ban Treaty", "the Ottawa Convention of 1997": a year names the treaty
        r"|\b(?:19|20)\d{2}\s+(?:[A-Z][\w-]*\s+){0,4}(?:Treaty|Convention|Protocol)\b"
        r"|\b(?:Treaty|Convention|Protocol)\s+of\s+(?:19|20)\d{2}\b"
        r"|\b\d+\s+years?\s+of\s+age",
        r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.",
        r"(?:[$€£₼]|\bAZN|\bUSD|\bEUR|\bmanats?)\s*\d[\d,.\s]*(?:\s*(?:million|billion|thousand"
        r"|mln|bln))?",
        r"\d[\d,.]*\s*(?:(?:million|billion|thousand|mln|bln)\s+)?(?:manats?|AZN|dollars"
        r"|USD|euros?|EUR|\$)",
        r"\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)",
        r"\+\d{1,3}[\s-]?\(?\d{2,3}\)?[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}",
        r"\b\d+[-\s](?:day|week|month|year|hour|minute|km|kilomet(?:er|re))s?\b"
        r"(?![-\s]old)",
        r"\b\d+\s*(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|centuries"
        r"|km|kilomet(?:er|re)s?|meters?|metres?|m|cm|mm|kg|tons?|tonnes?|degrees?)\b"
        r"(?!\s*[²2])",
        r"\b(?:visitors|participants|views|comments|shares|likes)\b\W{0,3}\d+"
        r"|\d+\s*(?:visitors|participants|views|comments|shares|likes)\b",
        r"\b\d+(?:st|nd|rd|th)\b",
        r"\b(?:Mins?|Minutes?)\s+read\b",
        # stockpiles destroyed under the Ottawa Convention were never laid in the ground
        r"\d[\d,.]*\s*(?:(?:million|thousand|mln)\s+)?stockpiled\b",
        # amounts agreed, planned or promised: nothing has been cleared yet
        r"\b(?:agreements?|contracts?|memorand(?:um|a)|grants?|funding|projects?|programmes?"
        r"|programs?)\b[^.;]{0,60}?\b(?:clearance|clearing|demining)\s+of\s+(?:(?:about|around"
        r"|over|more\s+than|some|up\s+to)\s+)?\d[\d,.]*",
        r"\b(?:plans?|planned|planning|aims?|intends?|expects?|hopes?|targets?|is\s+to|are\s+to"
        r"|will|would|to\s+be|going\s+to)\s+(?:to\s+)?(?:be\s+)?(?:clear|demine|cleared|demined)"
        r"\s+(?:of\s+mines\s+)?(?:(?:at\s+least|about|around|over|more\s+than|some|up\s+to"
        r"|another|a\s+further)\s+)?\d[\d,.]*",
        r"\d[\d,.]*\s*(?:(?:million|thousand)\s+)?(?:hectares|ha|square\s+kilomet(?:er|re)s|km2"
        r"|km²)\b[^.;]{0,40}?\b(?:will|are\s+to|is\s+to|are\s+planned\s+to|is\s+planned\s+to)"
        r"\s+be\s+(?:cleared|demined)",
        # "every one of them could have cost a life": a pronoun, not a count
        r"\b(?:every|each|any|no)\s+one\b",
        # "one of the most mine-contaminated areas on earth": a ranking, not one mine
        r"\bone\s+of\s+the\s+(?:most|largest|biggest|worst|highest|heaviest)\b",
        # "more than 200 people attended the event": the audience, not victims
        r"\d[\d,.]*(?=\s+(?:[\w-]+\s+){0,2}?(?:people|persons|guests|participants|residents"
        r"|representatives|members|students|pupils|children)\b(?:(?!killed|injured|died|wounded"
        r"|dead|hurt)[^.;]){0,80}?\b(?:attended|took\s+part|participated|gathered)\b"
        # "two guests who attended the wedding were injured": victims after all
        r"(?![^.;]*\b(?:killed|injured|died|wounded|hurt)\b))",
        r"\b(?:attended|joined)\s+by\s+(?:(?:more\s+than|over|about|some|around|nearly"
        r"|almost)\s+)?\d[\d,.]*",
        # "1,800 family members of mine victims": the victims' relatives, not victims
        r"\d[\d,.]*\s+(?:(?:thousand|million)\s+)?(?:family\s+members|relatives|families)\b",
        # "the contaminated area is about 12,000 sq km", "13,000 km² are contaminated": land
        # still to clear, not land cleared
        r"\bcontaminated\s+(?:area|territory|territories|land)\s+(?:is|was|of|covers|covering"
        r"|totals|amounts\s+to|stands\s+at|is\s+estimated\s+at)\s+(?:(?:about|around|over|more"
        r"\s+than|some|nearly|almost|approximately)\s+)?\d[\d,.]*",
        r"\d[\d,.]*\s*(?:(?:thousand|million)\s+)?(?:hectares|ha|sq(?:uare|\.)?\s*(?:kilomet(?:er|re)s"
        r"|km)|km2|km²)(?=(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:land|territory|territories|area))?"
        r"\s+(?:are|is|remain|were|was)\s+(?:still\s+|potentially\s+|heavily\s+)?contaminated)",
        # "160,000 hectares, or about 1,600 square kilometres": the same land in other units
        r"\b(?:hectares|ha)\b,?\s+or\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?"
        r"\d[\d,.]*\s*(?:sq(?:uare|\.)?\s*(?:kilomet(?:er|re)s|km|met(?:er|re)s)|km2|km²)",
        # "people returned to 30 villages cleared of mines": the villages, not the mines
        r"\b\d[\d,.]*\s+(?:villages|settlements|towns|cities|schools|houses|homes|buildings"
        r"|roads|bridges|sites|locations|plots)\b",
        # "an industrial park of 190 hectares": the size of a place named, not land cleared
        r"\b(?:park|zone|complex|estate|district|reservoir)\s+(?:of|covering"
        r"|spanning)\s+(?:(?:about|around|over|more\s+than|some|nearly)\s+)?\d[\d,.]*",
    ),
    place_cs=(
        # "Susuzlug village of Kalbajar district": the village and the district it is in
        r"(?P<name>[A-Z][\w'’-]+)\s+(?:village|settlement|city|town)\s+of\s+(?:the\s+)?"
        r"(?P<within>[A-Z][\w'’-]+)\s+(?:district|region|rayon)\b",
        # "near the village of Sarijali in Aghdam district", "Sarijali village, Aghdam district"
        r"\b(?:village|settlement)\s+of\s+(?P<name>[A-Z][\w'’-]+),?\s+(?:in|of)\s+(?:the\s+)?"
        r"(?P<within>[A-Z][\w'’-]+)\s+(?:district|region|rayon)\b",
        r"(?P<name>[A-Z][\w'’-]+)\s+(?:village|settlement),\s+(?P<within>[A-Z][\w'’-]+)"
        r"(?:\s+(?:district|region|rayon))?\b",
        # "the Saribaba high ground", "Kalbajar and Lachin districts", "Aghdam district"
        r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+)*)"
        r"\s+(?:high\s+ground|heights?|districts?|regions?|provinces?|villages?|settlements?|cities"
        r"|city|towns?|rayons?|territor(?:y|ies)|areas?|direction|mountains?|forests?|hills?"
        r"|plateau|highway|road|corridor)\b"
        # "Lachin district official X was killed in Kalbajar": a job's area, not the blast's
        r"(?!\s+(?:officials?|executive|representatives?|head|administration|police))",
        # "the Karabakh Economic Region": the designator is part of the proper name
        r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:Economic\s+Region|Region|District|Zone"
        r"|Corridor))\b",
        r"\b(?:villages?|district|region|city|town)\s+of\s+(?P<name>[A-Z][\w'’-]+"
        r"(?:\s+and\s+[A-Z][\w'’-]+)?)",
    ),
    # "the Second Karabakh War", "the Karabakh conflict": the war's name, no place
    gazetteer_not_before_cs=r"[-\s]+(?:[Ww]ar|[Cc]onflict)\b",
    gazetteer=frozenset(
        {
            "Aghdam",
            "Agdam",
            "Fuzuli",
            "Fizuli",
            "Jabrayil",
            "Jabrail",
            "Zangilan",
            "Gubadli",
            "Qubadli",
            "Kalbajar",
            "Kelbajar",
            "Lachin",
            "Khojavend",
            "Khojaly",
            "Khojali",
            "Shusha",
            "Tartar",
            "Terter",
            "Aghdara",
            "Khankendi",
            "Tovuz",
            "Gazakh",
            "Gadabay",
            "Dashkasan",
            "Nakhchivan",
            "Goranboy",
            "Aghjabadi",
            "Beylagan",
            "Sugovushan",
            "Talish",
            "Hadrut",
            "Murovdag",
            "Saribaba",
            "Karabakh",
            "Garabagh",
            "East Zangazur",
            "Khankandi",
        }
    ),
    countries={
        name: name
        for name in (
            "Ukraine",
            "Afghanistan",
            "Syria",
            "Iraq",
            "Cambodia",
            "Angola",
            "Bosnia and Herzegovina",
            "Bosnia",
            "Croatia",
            "Colombia",
            "Myanmar",
            "Yemen",
            "Lebanon",
            "Libya",
            "Laos",
            "Vietnam",
            "Mozambique",
            "Sri Lanka",
            "Georgia",
            "Turkey",
            "Türkiye",
            "Israel",
            "Somalia",
            "Sudan",
            "South Sudan",
            "Mali",
            "Nigeria",
            "Chad",
            "Egypt",
        )
    },
    made_in_cs=(
        r"\b(?:produced|made|manufactured|built)\s+in\s+(?:(?P<country>[A-Z][\w-]+)"
        r"(?:\s+in\s+(?P<year>(?:19|20)\d{2}))?|(?P<year_only>(?:19|20)\d{2}))"
        r"|\b(?P<year_made>(?:19|20)\d{2})\s+(?:production|manufacture|make)\b"
    ),
    made_adjectives={
        "Armenian-made": "Armenia",
        "Armenian-produced": "Armenia",
        "Russian-made": "Russia",
        "Soviet-made": "USSR",
        "Italian-made": "Italy",
        "Iranian-made": "Iran",
        "made in Armenia": "Armenia",
    },
    # "has been injured as a result of a mine explosion" tells one event
    weak_cumulative_marker=r"\b(?:have|has)\s+(?:been|died)\b",
    verb_takes_object_after=True,
    minor_age=r"\b(?P<age>\d{1,2})[-\s]years?[-\s]old\b",
    country_there=r"\bthere\b(?!\s+(?:is|are|was|were|have|has|had)\b)",
    minor_age_after=r",\s*(?P<age>\d{1,2})\s+years?\s+(?:old|of\s+age)\b",
    another=(
        r"\b(?P<person>another)(?:\s+one)?(?=\s+(?:(?:was|were|is|has|had)\s+(?:\w+\s+)?"
        r"(?:injured|wounded|hurt|killed)|died|sustained|suffered|received)\b)"
    ),
    citizens=r"citizens?\b",
    range_open=r"\b(?:from|between)\s+",
    range_joint=r"\s+(?:to|and)\s+",
    earlier_report=r"\b(?:earlier|initially|first)\b|\b(?:reported|had\s+said)\b",
    # "Hasanov was hospitalised with injuries": the victim's surname refers back like "he";
    # "An ANAMA employee hit a mine. The man was seriously wounded.": the same person
    person_pronoun=(
        r"(?:he|she|the\s+(?:man|woman|victim|injured\s+(?:man|woman)|deminer)"
        r"|[a-z]+(?:ov|ova|yev|yeva|ev|eva|zade|zada))\b"
    ),
    both_pronoun=r"(?:both(?:\s+of\s+them|\s+men|\s+women)?|the\s+two(?:\s+men)?)\b",
    others=r"\s+(?:others|more)\b(?!\s+than)",
    others_besides=r"\s+others\b",
    who_they_were=(
        r"(?:they|both(?:\s+of\s+them)?|all\s+of\s+them|the\s+(?:victims|dead|injured|wounded))"
        r"\s+(?:were|are)\b|(?:he|she|the\s+victim)\s+(?:was|is)\b"
    ),
    to_date=r"\b(?:to\s+date|up\s+to\s+now|until\s+now|up\s+to\s+the\s+present)\b",
    # a road accident of a demining team is no mine blast
    other_cause=r"\bcollided\b|\bcollision\b|\b(?:road|traffic|car)\s+(?:accident|crash)",
    laying=(
        r"\b(?:installation|installing|planting|laying|placement|placing|emplacement|burying)"
        r"\s+of\b"
    ),
    agent_after=_BY_WHOM,
    share_of_total=(
        # not "share" alone: "a small share of the 12,000 km² suspected" compares
        r"\b(?:fell|falls|fall|went|goes)\s+(?:to|on)\b|\baccount(?:ed|s)?\s+for\b"
        r"|\bfollowed\s+by\b"
    ),
    # "248 out of 349 mine victims were hurt outside the former front line"
    parts_before_total=r"out\s+of",
    country_before=r"\b(?:in|across|throughout|within)\s+(?:the\s+)?",
    # "Myanmar followed with 1,003", "Syria recorded 1,015": the country is the subject
    country_after=(
        r"['’]s\b|\s+(?:(?:again|also|alone|still|once\s+again)\s+)?(?:recorded|registered"
        r"|reported|followed|documented|topped|led)\b"
    ),
    # "ahead of Syria with 933": the count after "with" is that country's
    country_ranked=r"\s+with\s+(?=(?:about|nearly|some|over|more\s+than\s+)?\d)",
    country_comparison=(
        r"\b(?:alongside|like|unlike|than|such\s+as|compared\s+(?:with|to)|along\s+with"
        r"|together\s+with|similar\s+to|as\s+in|behind|after|ahead\s+of|including)\b"
    ),
    # "Among the victims are 216 civilians": the noun names the total being broken down
    breakdown_of=(
        r"\bamong\s+them\b(?!\s*,?\s*\d)"
        r"|\b(?:among|of)\s+(?:the|these|those|all\s+the)\s+(?:victims|casualties|dead|killed"
        r"|injured|wounded|survivors)\b"
        # "Of the items found, 20,000 were anti-tank mines", "Of these mines, 20,000 were
        # anti-tank": the total of things found before; only opening the sentence ("One of
        # the mines found exploded" is one of them, no part)
        r"|^\s*(?:among|of)\s+(?:(?:the|all\s+the)\s+(?:(?:explosive\s+)?items|mines"
        r"|munitions|devices|ordnance|explosives)\s+(?:found|detected|discovered|removed"
        r"|neutrali[sz]ed|destroyed|defused|cleared)|(?:these|those)\s+(?:(?:explosive\s+)?items"
        r"|mines|munitions|devices|explosives))\b"
    ),
    group_link=(
        r"\s+(?:personnel\s+|members\s+)?(?:accounted\s+for|made\s+up|comprised|numbered"
        r"|totall?ed|for)\s+(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?"
    ),
    # "the death toll ... is now four": the phrase itself says whom it counts
    # "Civilian casualties from mines have reached 390": the sentence's subject itself
    count_of=(
        r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+|\b(?:the\s+)?death\s+toll\b"
        r"|^(?=(?:[\w-]+\s+){0,2}(?:casualties|victims)\s)"
    ),
    count_link=(
        r",?\s(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:reached|risen\s+to|rose\s+to|grown\s+to|grew\s+to"
        r"|increased\s+to|stands?\s+at|stood\s+at|is(?:\s+now)?|was|amounts?\s+to|amounted\s+to"
        r"|totals?|totall?ed|exceeds?|exceeded|surpassed|passed|topped|(?<=,\s)with"
        # "put the number of mines ... at 128,410", "the infographic puts the number of people
        # hit by mines since 2020 at 372"
        r"|(?<=\w\s)at)"
        r"(?:\s+(?:more\s+than|over|about|around|nearly|almost|some|at\s+least))?"
        # "the highest number of mine casualties, 1,003": the count set off right after it
        r"|\s*[,:—–]\s*$"
    ),
    # land a ministry ordered cleared, or that is yet to be cleared or replanted: the order,
    # not land cleared ("ordered 4,800 hectares to be cleared", "ordered the clearance of")
    planned=(
        # "the clearance of 5,000 hectares will cost 50 million manats": a cost to come
        r"\b(?:will|would)\s+(?:cost|require|need|take)\b"
        # "the clearance of 5,000 hectares is planned for 2026"
        r"|\b(?:is|are)\s+(?:planned|scheduled|envisaged|foreseen)\b|"
        # land still to demine: "12,000 km² still require demining", "demining is needed on
        # 800,000 ha", "the demining of the remaining 7,000 ha could take 10 years"
        r"\b(?:requires?|required|needs?|needed)\s+(?:demining|clearance|clearing)\b|"
        r"\b(?:demining|clearance)\s+(?:is|are)\s+(?:needed|required)\b|"
        r"\bthe\s+remaining\s+(?:(?:about|around|over|some|nearly)\s+)?\d|"
        r"\b(?:could|may|might|will)\s+(?:take|continue|last)\b|\bbudget\b|"
        # "Areas planned for demining in 2025:" over a list of districts
        r"\b(?:planned|scheduled|earmarked|envisaged)\s+for\b|"
        r"\bordered\s+(?:the\s+(?:clearance|demining)\s+of\s+)?(?:(?:a\s+further|another"
        r"|an?\s+additional)\s+)?\d"
        # "the 4,812 hectares that the ministry asked the agency to clear in 2024"
        r"|\b(?:hectares|ha)\b[^.;]{0,80}?\b(?:asked|ordered|instructed|commissioned|requested)"
        r"\b[^.;]{0,80}?\bto\s+(?:clear|demine)\b"
        r"|\b(?:hectares|ha)\b[^.;]{0,60}?\b(?:are|is)\s+(?:(?:due|set|scheduled|expected"
        r"|planned|going)\s+)?to\s+be\s+[a-z]+ed\b"
        r"|\b(?:hectares|ha)\s+(?:of\s+(?:[a-z]+\s+){0,2})?to\s+be\s+(?:cleared|demined)\b"
    ),
    question_count=r"\bhow\s+(?:many|much)\b",
    question_land=r"\b(?:land|area|territor(?:y|ies)|hectares)",
    follows_with=(
        r"\b(?:followed|came\s+(?:next|second|third)|was\s+(?:next|second|third))\s+with"
        r"(?:\s+(?:about|around|some|over|more\s+than|nearly))?"
    ),
    correction=(
        r"\b(?:now\s+stands\s+at|is\s+now|has\s+now\s+(?:risen|climbed|grown)\s+to"
        r"|later\s+(?:said|clarified|corrected|confirmed)|(?:corrected|revised)\s+(?:the\s+)?"
        r"(?:figure|number|toll|count))\b"
    ),
    same_year=r"\b(?:in\s+)?(?:that|the)\s+same\s+year\b|\blater\s+that\s+year\b",
    place_there=(
        # "1,491 hectares there were cleared": right after the count's noun, not "there were"
        r"\b(?:hectares|ha|land|mines|ordnance|uxos?|items|devices)\s+there\b"
        r"|\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|remain)\b)"
    ),
    same_period=(
        r"\b(?:in|during|over|throughout|for)\s+(?:that|this|the\s+same)\s+(?:period|time)\b"
        # "A further 6,118 hectares were cleared over the month": the report's month
        r"|\b(?:over|during|throughout)\s+the\s+(?:same\s+)?(?:month|week|days)\b"
    ),
    # "two more TM-62 mines": the model says which kind
    model_groups_cs=(
        (r"(?:TM|TMK|TMN|TMM|PTM|PTKM|ТМ|ТМК|ТМН|ПТМ)\b", Group.ANTI_TANK),
        (
            r"(?:PMN|POMZ|OZM|OZMK|MON|PFM|PMD|PMA|PROM|MZU|ПМН|ПОМЗ|ОЗМ|ОЗМК|МОН|ПФМ|ПМД)\b",
            Group.ANTI_PERSONNEL,
        ),
    ),
    mine_model_cs=(
        r"\b(?:PMN|POMZ|OZM|MON|TM|TMK|TMN|TMM|PFM|PMD|PMA|PROM|PMR|PTM|MS|VS|TS|MRUD"
        r"|PM|M|DM|OZMK|PTKM|KPOM|MZU|SM|E|ПМН|ПОМЗ|ОЗМ|МОН|ТМ|ТМК|ПФМ|ПТМ)"
        r"(?:-?[0-9]+[A-ZА-Я0-9]*(?:-[A-ZА-Я0-9]+)?|-[A-ZА-Я]{1,2}[0-9]*)\b"
    ),
    # "the agency told Karabakh Today", "the Karabakh Revival Fund", "Azerbaijan's Mine Action
    # Agency": an outlet or a body named after a place
    body_name_cs=(
        r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:Today|News|Times|Post|Daily|Press|Gazette|Herald"
        r"|Tribune|Observer|Monitor|Media|TV|Radio|Fund|Foundation|Agency|Institute|Centre"
        r"|Center|Society|Union|Association|Bureau)\b"
    ),
    several_events=(
        r"\b(?:two|three|four|five|several|separate|multiple)\s+(?:separate\s+)?(?:land)?"
        r"(?:mine\s+)?(?:blasts|explosions|incidents)\b|\bin\s+(?:one|the\s+first)\s+case\b"
        # "mine blasts in the Lachin and Fuzuli districts": blasts in two places, not one
        # blast's several bangs
        r"|\b(?:land)?mine\s+(?:blasts|explosions)\s+(?:in|near)\s+(?:the\s+)?[\w-]+\s+and\s+\w"
    ),
    # "some 14,000 mines, as well as unexploded shells": one count of both
    lumped_after=r"\s*,\s*as\s+well\s+as\s+(?:other\s+)?",
    consequence_joint=r"[^.;:\d]{0,40}?,?\s*(?:and\s+)?as\s+a\s+result\s*,?\s[^.;:,\d]{0,40}",
    handed_over=r"\b(?:handed\s+over|transferred|turned\s+over)\b",
)
