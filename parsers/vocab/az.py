"""Azerbaijani: how ministries, ANAMA and news agencies (APA, Report, AZƏRTAC) write about mines.

Azerbaijani is agglutinative and verb-final: a noun carries its case and possessive
endings ("minaya", "minalardan", "qulluqçusu"), a number comes before a singular noun
("45 nəfər", "3 jurnalist"), a share of a total is the number with a possessive ending
("onlardan 45-i"), and the verb closes the clause ("... həlak olub"). So words here are
stems followed by ``\\w*``, and bound words follow the number ("300-dən çox").
"""

from __future__ import annotations

from parsers.models import Bound, Group
from parsers.vocab import PeriodPattern, Vocab

_MONTH_STEMS = {
    "yanvar": 1,
    "fevral": 2,
    "mart": 3,
    "aprel": 4,
    "may": 5,
    "iyun": 6,
    "iyul": 7,
    "avqust": 8,
    "sentyabr": 9,
    "oktyabr": 10,
    "noyabr": 11,
    "dekabr": 12,
}


def _month_forms(stem: str) -> list[str]:
    """The case forms dates use: "noyabr", "noyabrın", "noyabrda", "noyabrdan", "avqustun"."""
    last_vowel = next(ch for ch in reversed(stem) if ch in "aeıiouöüə")
    i = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "ə": "i", "o": "u", "u": "u"}.get(last_vowel, "ü")
    a = "a" if last_vowel in "aıou" else "ə"
    n = "n" if stem[-1] in "aeıiouöüə" else ""
    return [
        stem,
        f"{stem}{n}{i}n",  # genitive: "noyabrın 10-u"
        f"{stem}d{a}",
        f"{stem}d{a}n",
        f"{stem}{n}{i}",
        f"{stem}{n}{i}nd{a}",
        f"{stem}{n}{i}nd{a}n",
        f"{stem}{'y' if n else ''}{a}",
    ]


_MONTHS = {form: n for stem, n in _MONTH_STEMS.items() for form in _month_forms(stem)}


def _ordinal_year(group: str) -> str:
    """ "2020-ci il", "2022-ci ilin": a year written as an ordinal, in the named group."""
    return rf"(?P<{group}>(?:19|20)\d{{2}})-(?:c|ç)[iıuü]\s+il(?:in)?"


def _year_prefix(group: str) -> str:
    return rf"(?:{_ordinal_year(group)}\s+)?"


# the year of a span of months: "2022-ci ilin", "cari ilin" (no year group: the publication's)
_WHICH_YEAR = rf"(?:{_ordinal_year('year')}|\b(?:cari|bu)\s+ilin)"
_MONTH_COUNT = r"(?:iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on(?:\s+bir|\s+iki)?)"
_FROM = r"-?(?:[dt][əa]n|nd[əa]n|[iıuü]nd[əa]n)"
_UNTIL = r"-?(?:[dt][əe]k|[əa]d[əa]k|y?[əa]\s+q[əa]d[əa]r|n?[əa]\s+q[əa]d[əa]r)"
_WAR = r"(?:(?:Vətən|44\s+günlük|İkinci\s+Qarabağ|Qarabağ|2020-ci\s+il)\s+)?müharibə(?:si)?"
_WAR_END = (
    _WAR
    + r"(?:n?d[əa]n|nin\s+(?:başa\s+çatmasından|bitməsindən|sonundan|başa\s+çatdığı\s+vaxtdan))"
    r"\s+(?:sonra|bəri|etibarən|bu\s+yana|indiyədək|bu\s+günədək)"
    # "Vətən müharibəsi başa çatandan sonra", "2020-ci il müharibəsi başa çatdıqdan sonra"
    r"|müharibə(?:si)?\s+(?:başa\s+çatandan|bitəndən|bitdikdən|başa\s+çatdıqdan)\s+(?:sonra|bəri)"
    r"|(?:münaqişə|müharibə)(?:dən\s+|\s+)sonrakı\s+dövr\w*|postmünaqişə\s+dövr\w*"
    r"|üçtərəfli\s+bəyanat\w*\s+imzalan(?:masından|andan|dıqdan)\s+(?:sonra|bəri)"
    # "2020-ci il noyabrın 10-da imzalanmış üçtərəfli bəyanatdan sonra": the statement itself
    r"|(?:imzalanmış\s+)?üçtərəfli\s+bəyanat(?:dan|ın\s+imzalandığı\s+gündən)\s+(?:sonra|bəri)"
    r"|(?:işğaldan\s+azad\s+olunmasından|zəfərdən|qələbədən)\s+(?:sonra|bəri)"
)
_COUNT_WORDS = r"(?:\d+|bir|iki|üç|dörd|beş|on|iyirmi|otuz|qırx|əlli)"
_AZ_CAPITAL = "A-ZÇƏĞİÖŞÜ"

_KILLED = (
    # "aldığı xəsarətlərdən ... dünyasını dəyişib": died of the injuries, so killed
    r"\b(?:xəsarət|yara)\w*d[aə]n\s+(?:[^\W\d]+\s+){0,4}?(?:dünyasını\s+dəyiş|həlak\s+ol"
    r"|öl(?:üb|dü|müş)|vəfat\s+e[td]|keçin)\w*|"
    r"\b(?:həlak\s+ol\w*|həlak\b|öl(?:üb|dü|müş|ən)\w*|şəhid\s+ol\w*|dünyasını\s+dəyiş\w*"
    r"|canını\s+itir\w*|həyatını\s+itir\w*|ölüm\w*|vəfat\s+e[td]\w*|həyatına\s+son\s+qoy\w*"
    # "dörd nəfərin meyiti ərazidən çıxarılıb": their bodies were recovered
    r"|meyit\w*|canını\s+tapşır\w*)"
)
_INJURED = (
    # "sürücü isə xəsarət almayıb", "yaralanmayıb": the negative says no one was hurt
    r"\b(?:yaral[aı](?!n?ma[yd])\w*|xəsarət\s+al(?!ma[yd])\w*|xəsarət\w*(?!\w)(?!\s+alma[yd])"
    r"|əlil\s+ol\w*|amputasiya\w*"
    r"|(?:ayağını|əlini|ayaqlarını|əllərini|gözünü|gözlərini)\s+itir\w*|şikəst\s+(?:ol|et|ed)\w*)"
)
# "killed or injured", "injured or killed": one count of both, whatever stands between
_OR = r"\s+(?:və\s+ya|və\s+yaxud|yaxud|ya\s+da)\s+(?:[^\W\d]+\s+){0,3}?"
_KILLED_OR_INJURED = rf"(?:{_KILLED}){_OR}(?:{_INJURED})|(?:{_INJURED}){_OR}(?:{_KILLED})"


VOCAB = Vocab(
    lang="az",
    months=_MONTHS,
    abbreviations=frozenset(
        {"km", "kv", "mln", "mlrd", "min", "s", "b", "e", "nöm", "r", "ş", "k", "qəs", "və s"}
    ),
    relevance=(
        r"(?<![^\W\d])mina|partla|sursat|hektar|\bha\b|kvadrat\s*kilometr|kv\.\s*km|km2|km²|həlak"
        r"|kvadrat\s*metr|kv\.\s*m\b"
        r"|\böl(?:üb|dü|müş|ən)|yaralan|yaralı|xəsarət|qurban|zərər\s*çək|şəhid|vəfat"
        r"|dünyasını\s+dəyiş|əleyhinə"
    ),
    tail_heading=(
        r"digər\s+xəbərlər|oxşar\s+xəbərlər|mövzu\s+ilə\s+bağlı(?:\s+xəbərlər)?"
        r"|həmçinin\s+oxuyun|bunu\s+da\s+oxuyun|son\s+xəbərlər|ən\s+çox\s+oxunan(?:lar)?"
        r"|xəbər\s+lenti|əlaqəli\s+xəbərlər|şərhlər|kommentlər"
        r"|(?:bölməyə|kateqoriyaya|rubrikaya)\s+aid\s+(?:digər\s+)?xəbərlər"
    ),
    mine_context=(
        r"(?<![^\W\d])mina|partlay|partlam|sursat|\bANAMA\b|minatəmizlə|minaaxtaran|əleyhinə"
        r"|minalan|mərmi|qumbara"
    ),
    war_context=(
        r"müharibə\s+(?:zamanı|dövründə|vaxtı|ərzində)|müharibədə\b|döyüş\w*|atəş\w*"
        r"|raket\s+zərbə\w*|artilleriya\s+atəşi"
    ),
    mine_noun=(
        r"\bmina(?!axtar|təmiz|sız|lanm|lama|lan|çı)\w*\b"
        r"(?!\s+(?:təhlükə|partlayış|qurban|xəritə|sahə|hadisə|axtar|təmizləmə|əleyhinə))"
    ),
    uxo_noun=(
        r"\b(?:partlamamış\s+(?:hərbi\s+)?(?:sursat|mərmi|bomba|döyüş\s+sursat)\w*"
        r"|hərbi\s+sursat\w*|döyüş\s+sursat\w*|partlayıcı\s+(?:sursat|qurğu|maddə|əşya|obyekt)\w*"
        r"|sursat\w*|mərmi\w*|qumbara\w*|bomba\w*|kasset\w*\s+\w+"
        # "PHS" abbreviates partlamamış hərbi sursat; "mina və partlamamış hərbi ..." may run
        # past the words a count's noun is looked for in
        r"|phs\b(?:-?l[əa]r\w*)?|partlamamış\s+(?:hərbi|döyüş)\b)"
    ),
    people_noun=(
        r"\b(?:nəfər(?!lik)\w*|insan\w*|şəxs\w*|vətəndaş\w*|həmvətən\w*|soydaş\w*|azərbaycanlı\w*"
        r"|sakin\w*|hərbçi\w*|sərhədçi\w*"
        r"|hərbi\s+qulluqçu\w*|əsgər\w*|zabit\w*|jurnalist\w*|müxbir\w*|operator\w*"
        r"|uşaq\w*\b(?!\s+bağça)|yeniyetmə\w*|azyaşlı\w*|məktəbli\w*|oğlan\w*|qız\w*|qadın\w*"
        r"|kişi\w*|minaaxtaran\w*|minaçı\w*|sapyor\w*|əməkdaş\w*|işçi\w*|fəhlə\w*|çoban\w*"
        r"|fermer\w*|sürücü\w*"
        r"|qurban\w*|yaralı\w*|ölən\w*|həlak\s+olan\w*)"
    ),
    area_units={
        r"\bhektar\w*|\bha\b": 1.0,
        r"\bkvadrat\s*kilometr\w*|\bkv\.?\s*km\b|\bkm\s*[²2]": 100.0,
        r"\bkvadrat\s*metr\w*|\bkv\.?\s*m\b|\bm\s*[²2]": 0.0001,
    },
    found_verb=(
        r"(?:\b|(?<=[dt][ae]n))(?:aşkar(?:la\w*|\s+(?:edil|olun|et|ed)\w*)|zərərsizləşdiril\w*|zərərsizləşdir\w*"
        r"|tapıl\w*|tapmış\w*|tapdı\w*|tapıb\w*|məhv\s+edil\w*|çıxarıl\w*|götürül\w*"
        r"|toplanıl\w*|toplanıb\w*|neytrallaşdırıl\w*)"
    ),
    laid_verb=(
        r"\b(?:basdırıl\w*|basdır\w*|yerləşdiril\w*|quraşdırıl\w*|minalan\w*|minalayıb\w*"
        r"|qalır\w*|qalıb\w*|səpələn\w*|qoyulub\w*|qoyulmuş\w*"
        # the mines a map or formular is for, and "Füzulidə 80 minə yaxın mina var": mines
        # that lie in the ground
        r"|formulyar\w*|xəritə\w*|var(?:dır)?\b)"
    ),
    cleared_verb=(
        # "minatəmizləmə işləri aparılıb": the work as one compound noun; "minalardantəmizlənib":
        # page text glues the verb to the ablative before it
        r"(?:\b|(?<=[dt][ae]n))(?:(?:mina)?təmizlən\w*|(?:mina)?təmizləmə\w*|təmizləyib\w*"
        r"|minalardan\s+azad\w*|yoxlanıl\w*"
        r"|yoxlanıb\w*|tədqiq\s+edil\w*"
        # land given back once cleared: "təhlükəsiz istifadəyə qaytarılıb"
        r"|təhlükəsiz\s+istifadəyə|istifadəyə\s+qaytar\w*"
        # "1 137 hektar ərazi təhlükəsiz hala gətirilib": made safe, so cleared
        r"|təhlükəsiz\s+(?:hala|vəziyyətə)\s+gətiril\w*)"
    ),
    # "minaya düşüb" (hit a mine) alone makes a victim; "minaya düşərək həlak olub" (died
    # hitting a mine) leaves the metric to the verb that follows.
    victims_trigger=(
        _KILLED_OR_INJURED + r"|"
        r"\bmina(?:ya|lara)\s+düş(?:ən\w*|üb\w*|dü\w*|müş\w*)|\bmina\s+qurban\w*|\bqurban\w*"
        # "64 nəfər mina partlayışına məruz qalıb": exposed to mine blasts, killed or hurt
        r"|\bpartlayış\w*\s+məruz\s+qal\w*"
        # "minalardan zərər çəkmiş kəndlərdə": where a mine-safety lesson's audience lives
        r"|\bzərər\s+çək\w*(?!\w)(?!\s+(?:kənd|ərazi|rayon|bölgə|yaşayış|torpaq|region|ölkə|icma)\w*)"
        r"|\bxəsarət\s+alan\w*\s+və\s+(?:ya\s+)?həlak\s+olan\w*"
        r"|\bhəlak\s+olan\w*\s+və\s+(?:ya\s+)?(?:yaralanan|xəsarət\s+alan)\w*"
        r"|\bzərərçək\w*"
        # "minanın üstünə basıb", "minanı partladıb", "minaya toxunub": set a mine off
        r"|\bminanın\s+üstünə\s+bas(?:ıb|dı|araq)\w*|\bminanı\s+partlad(?:ıb|dı)\w*"
        r"|\bminaya\s+toxun(?:ub|du|araq)\w*"
        # "killed or crippled", "wounded or killed": one total of both
        r"|\bhəyatına\s+son\s+qoy\w*\s+və\s+(?:ya\s+)?şikəst\s+(?:et|ed|qoy)\w*"
        r"|\byaralan\w*\s+və\s+(?:ya\s+)?həlak\s+ol\w*"
        r"|\bhəlak\s+ol\w*\s+və\s+(?:ya\s+)?yaralan\w*"
    ),
    killed_trigger=_KILLED,
    injured_trigger=_INJURED,
    groups=(
        (
            r"\bmülki\s+(?:şəxs|vətəndaş|sakin|əhali|insan)\w*|\bmülki\w*\b"
            r"|\bdinc\s+(?:sakin|əhali|vətəndaş)\w*|\bsakin\w*|\bçoban\w*|\bfermer\w*|\bkəndli\w*"
            # a trade names a civilian: "sürücü", "traktorçu"
            r"|\bsürücü\w*|\btraktorçu\w*|\bmexanizator\w*|\bfəhlə\w*"
            # an official of a village or district: "bir kənd nümayəndəsi"
            r"|\b(?:kənd|icra|icra\s+hakimiyyətinin)\s+nümayəndə\w*"
            # a company's worker is a civilian: "tikinti şirkətinin işçisi"
            r"|(?<!minatəmizləmə\s)\bşirkət\w*\s+(?:işçi|əməkdaş)\w*"
            # workers are civilians (figures.md), a demining agency's own staff are not
            r"|(?<!minatəmizləmə\s)(?<!agentliyin\s)\bişçi\w*",
            Group.CIVILIANS,
        ),
        (
            r"\bhərbçi\w*|\bhərbi\s+qulluqçu\w*|\bəsgər\w*|\bzabit\w*|\bhərbi\s+xidmətçi\w*"
            r"|\bmüddətli\s+həqiqi\s+hərbi\w*|\bgiziri?\w*"
            # the State Border Service is a military force: "sərhədçi", "DSX-nin əməkdaşı"
            r"|\bsərhədçi\w*|\bSərhəd\s+Xidmətinin\s+(?:əməkdaş|hərbi\s+qulluqçu)\w*",
            Group.MILITARY,
        ),
        (
            # a machine's operator ("buldozer operatoru") clears land, a camera's films it
            r"\bjurnalist\w*|\bmüxbir\w*|(?<!buldozer\s)(?<!ekskavator\s)\boperator\w*|\b(?:media|KİV)\s+nümayəndə\w*"
            # a news agency's staff: "AZƏRTAC-ın əməkdaşı"
            r"|\b(?:AZƏRTAC|AzTV)(?:-?[ıi]n)?\s+əməkdaş\w*",
            Group.JOURNALISTS,
        ),
        (
            r"\buşaq\w*\b(?!\s+bağça)|\byeniyetmə\w*|\bazyaşlı\w*|\bməktəbli\w*",
            Group.CHILDREN,
        ),
        (r"\bqadın\w*", Group.WOMEN),
        (
            r"\bminaaxtaran\w*|\bminatəmizləyən\w*|\bminaçı\w*|\bsapyor\w*"
            # a demining agency's own words: "iki əməkdaşımız yaralanıb", "yoldaşlarımızdan"
            r"|\b(?:əməkdaş|yoldaş)(?:lar)?[ıi]m[ıi]z\w*"
            # "ANAMA-nın iki əməkdaşı": the count may stand between the agency and its staff
            r"|\bANAMA(?:-?nın|\))?\s+(?:[^\W_]+\s+)?(?:əməkdaş|işçi)\w*"
            # "Minatəmizləmə Agentliyinin (ANAMA) əməkdaşı": the agency spelled out
            r"|\bMinatəmizləmə\s+Agentliyi(?:nin|n)\s+(?:\(ANAMA\)\s+)?(?:əməkdaş|işçi)\w*",
            Group.DEMINERS,
        ),
        # "piyada və tank əleyhinə minalar": both kinds, the shared word said once
        # "4 200 piyada, 1 100 tank əleyhinə ... mina", "piyada minası": the mines against people
        (
            r"\bpiyada(?:\s+əleyhinə|(?=\s+və\s+tank\s+əleyhinə|\s*(?:,|$)|\s+mina))",
            Group.ANTI_PERSONNEL,
        ),
        (r"\btank\s+əleyhinə", Group.ANTI_TANK),
    ),
    bounds_before=(
        (r"\b(?:ən\s+azı|azı|ən\s+az|minimum)", Bound.AT_LEAST),
        (r"\b(?:təxminən|təqribən|təxmini|təqribi|haradasa|demək\s+olar\s+ki)", Bound.APPROX),
        (r"\b(?:maksimum|ən\s+çoxu)", Bound.AT_MOST),
    ),
    # after the number, possibly past its noun: "300-dən çox", "105 min hektardan çox",
    # "1,5 milyona qədər", "300-ə yaxın"
    bounds_after=(
        (
            r"(?:-?(?:[dt][əa]n|nd[əa]n)|\s+\w+?(?:d[əa]n|t[əa]n))\s+(?:çoxu?|artıq|artığı|yuxarı)\b",
            Bound.AT_LEAST,
        ),
        # "sayı 400-ü ötüb", "30 mini keçib": the count has passed it
        (r"(?:-?[ıiuü])?\s+(?:ötüb|ötmüşdür|keçib|keçmişdir|aşıb|aşmışdır)\b", Bound.AT_LEAST),
        # "300 minə yaxın": the ending sits on the multiplier, read from its last letters
        (
            r"(?:-?y?[əa]|\s+\w+?[yn]?[əa]|[^\W\d]?n[əa])\s+(?:yaxın|qədər\s+yaxın)ı?\b",
            Bound.APPROX,
        ),
        (
            r"(?:-?(?:y?[əa]|n[əa])|\s+\w+?[yn]?[əa])?\s+qədər\b|-?(?:[dt][əe]k|[əa]d[əa]k)\b",
            Bound.AT_MOST,
        ),
    ),
    part_before=(
        r"\bonlardan|\bbunlardan|\bonların\s+(?:içində|arasında)|\bo\s+cümlədən"
        # "Onların 8-i hərbçi olub": of them, eight
        r"|\b(?:onların|bunların|bunun|onun)(?=\s+\d|\s*$)"
        r"|\bhəmin\s+\w+\s+(?:içərisində|arasında)|\bbunun\s+da|\("
    ),
    # "45-i", "16-sı": the possessive ending makes the number a share of the total before it
    # "300-ə yaxını", "70-dən çoxu": the ending moves to the bound word after the number
    part_after=r"-s?[ıiuü](?![\wəöü])|-?(?:[dt][əa]n|y?[əa])\s+(?:çoxu|yaxını|artığı)(?![\wəöü])",
    reference_before=r"\b(?:olan|düşən)",
    # "qurbanların 216 nəfəri", "həlak olanlar arasında", "zərərsizləşdirilən minaların
    # 5.190-ı": a genitive or "arasında" on the counted noun points back at its total
    breakdown_of=(
        r"\b(?:qurbanların|zərər\s+çəkənlərin|yaralananların|həlak\s+olanların|ölənlərin"
        r"|minaların)(?=\s+(?:\d|bir|iki|üç|dörd|beş))"
        # "zərərçəkənlərdən 9-u", "Həlak olanlardan 52-si": of the victims, of the dead
        r"|\b(?:qurbanlar|zərər\s*çəkənlər|yaralananlar|həlak\s+olanlar|ölənlər"
        r"|xəsarət\s+alanlar)(?:d[aə]n|[ıi]n)(?=(?:\s+isə)?\s+(?:\d|bir|iki|üç|dörd|beş))"
        r"|\b(?:qurbanlar|zərər\s+çəkənlər|yaralananlar|həlak\s+olanlar|ölənlər)\s+"
        r"(?:arasında|içərisində)"
    ),
    # "13 yaşlı məktəbli", "10 yaşlı qardaşı": under 18 a child
    minor_age=r"(?P<age>\d{1,2})\s+yaşlı",
    # "kənd sakini, 16 yaş": the age in apposition after the noun
    country_there=r"\borada\b",
    gazetteer_suffix=r"d[aə]n?|[ıiuü]n|[aə]|n[ıiuü]n",
    minor_age_after=r",\s*(?P<age>\d{1,2})\s+yaş(?:ında|lı)?\b",
    # "daha bir nəfər", "bir nəfər isə": one more of those the sentence named
    another=r"\bdaha\s+(?P<person>bir)\s+nəfər\b|\b(?P<person2>bir)\s+nəfər\s+isə\b",
    # "mina qurbanlarının sayı 390-a çatıb": the noun in the genitive before "sayı" is what
    # the number after it counts
    count_of=r"\b[\w-]+(?:[ıiuü]n|n[ıiuü]n)\s+(?:ümumi\s+)?sayı\b",
    count_link=r"\s+(?:(?:artıq|isə|hazırda|indiyədək|bu\s+günədək|hələlik)\s+)*$",
    # "piyada əleyhinə 146, tank əleyhinə 31 mina": a weekly report names the kind first
    group_link=r"[ \t]+",
    citizens=r"vətəndaş\w*",
    range_open=r"(?:^|[\s,])",
    range_joint=r"(?:-?[dt][əa]n)?\s+",
    range_close=r"\S*\s+qədər\b",
    # "Hadisə nəticəsində o, ağır xəsarət alıb": the cause may come before the pronoun
    # "Həsənov xəsarət alıb": the victim's surname refers back like "o"; "Traktorçu minaya
    # düşüb. Kişi ağır yaralanıb.": the one the sentence before told of
    person_pronoun=(
        r"(?:(?:hadisə|partlayış)\w*\s+nəticəsində\s+)?(?:o\b,?|onun\b|kişi\b|qadın\b|yaralı\b"
        r"|(?:xəsarət\s+alan|zərər\s*çəkən)(?:\s+şəxs)?\b|\w+(?:ov|ova|yev|yeva|zadə)\b,?)"
    ),
    who_they_were=r"(?:onlar|hər\s+ikisi|həlak\s+olanlar|yaralananlar)\b",
    share_after=r"(?:böyük|əsas)\s+hissəsi|əksəriyyəti|çoxu",
    both_pronoun=r"(?:onların\s+)?hər\s+ikisi\b",
    # "3-ü mülki şəxs, 3-ü hərbçi olmaqla, ümumilikdə 6 nəfər": the parts, then the total
    parts_before_total=(
        # "biri hərbçi, digərləri ANAMA əməkdaşı olmaqla 5 nəfər": the rest, told uncounted
        r"(?:,\s*(?:digərləri|qalanları)(?:\s+[\w-]+){1,3}\s+)?"
        r"(?:(?:d[aə]\s+)?daxil\s+)?olmaqla,?(?:\s+(?:ümumilikdə|cəmi|ümumiyyətlə))?"
    ),
    question_count=r"\bneçə\b|\bnə\s+qədər\b",
    question_land=r"\b(?:ərazi\w*|sahə\w*|hektar\w*)",
    planned=(
        r"planlaşdır\w*|nəzərdə\s+tutul\w*"
        # "minatəmizləmə aparılmalıdır": what must yet be done
        r"|\w+(?:malı|məli)(?:dır|dir)?\b|təmizlənəcək\w*|hədəflə\w*"
        # land still to clear: "12 min kvadrat kilometr ərazi minalarla çirklənmiş hesab olunur"
        r"|çirklənmiş\s+(?:hesab\s+olunur|sayılır)\w*|\bçirklənib\b"
        # "2026-cı il üçün planlarınız? — ... 90 min hektara çatdırmaq": a goal
        r"|\bplanlar\w*|\bçatdırmaq\w*"
    ),
    elliptic_after=(
        r"(?:-?[ıiuüaəy]{0,2}\s*)?(?:və|,|;|\)|\.|$|-|–|—"
        # "agentlik tərəfindən 5 100 mina, ordu tərəfindən 700 aşkarlanıb": the list's
        # last count stands right before the verb all of them share
        r"|(?:aşkar(?:la|\s+(?:edil|olun))|zərərsizləşdiril|tapıl|məhv\s+edil|təmizlən)\w*)"
    ),
    one_person=(
        # "ANAMA-nın əməkdaşı": the employer says the job, so it belongs to the person
        # "üç nəfər hərbi qulluqçu": the noun of a count, no one person of its own
        r"(?<![\w-])(?<!nəfər\s)(?:(?:\d+\s+yaşlı|gənc|yerli|azyaşlı|mülki|ANAMA-?nın|\(ANAMA\)|kənd)\s+){0,2}"
        # "biri hərbçi, digərləri ANAMA əməkdaşı": the others are more than one person
        r"(?<!digərləri\s)(?<!qalanları\s)(?<!digərləri\sanama\s)(?<!qalanları\sanama\s)"
        r"(?P<noun>mülki\s+şəxs|hərbçi|hərbi\s+qulluqçu|əsgər|zabit|sakin|çoban|uşaq|oğlan"
        r"|qız(?![ıi])|qadın|kişi|vətəndaş|sürücü|minaaxtaran|minatəmizləyən|jurnalist|əməkdaş"
        # "Elman oğlu", "Vaqif qızı" close a person's full name (a patronymic): only a
        # word that makes them someone's child counts them ("onun oğlu", "kiçik qızı")
        r"|traktorçu|fermer|fəhlə|işçi|məktəbli|qardaş[ıi]?|bacı[sı]*"
        r"|(?<=onun\s)(?:oğlu|qızı)|(?<=kiçik\s)(?:oğlu|qızı)|(?<=böyük\s)(?:oğlu|qızı)"
        r"|yeniyetmə|sapyor|biri"
        # a camera's operator and a newspaper's correspondent: a journalist each
        r"|müxbir|operator"
        # "icra nümayəndəsi yaralanıb": a village's official, one civilian
        r"|(?:icra|kənd)\s+nümayəndə|sərhədçi)(?!l[aə]r)(?:s?[ıiuü]|n[ıiuü]n|[ıiuü]n|(?<=n)l[aə])?(?![\w])"
    ),
    cumulative_marker=(
        r"\b(?:ümumiyyətlə|ümumi\s+sayı|sayı|indiyədək|indiyə\s+qədər"
        r"|bu\s+günədək|bu\s+günə\s+qədər|hazırda|bəri|bu\s+yana|ərzində|dövründə|müddətdə"
        # not "ötən həftə": a week's date of one blast as often as a weekly report's span
        # "bu ilin mart ayında" dates one blast by its month, as "mart ayında" does
        r"|etibarən|(?:ötən|bu)\s+(?:ay|il)(?!in\s+[^\W\d]+\s+ay(?:ı|ında)\b)|bu\s+həftə|həftəlik|aylıq|illik|həftə\s+ərzində|çatıb"
        r"|son\s+\d+"
        r"|yekun\w*"
        # "3 mina hadisəsi", "34 hadisədə", "mina hadisələri": several events counted together
        r"|(?<![\d.,])(?:[2-9]|\d{2,}|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\s+"
        r"(?:mina\s+)?hadisə\w*|hadisələr\w*"
        # "Aparılan əməliyyatlar nəticəsində": the results of many operations, not of one
        r"|əməliyyatlar(?:ı)?\s+(?:nəticəsində|zamanı|çərçivəsində))"
    ),
    # "ümumilikdə 6 nəfər" adds up one blast's victims as often as a period's
    weak_cumulative_marker=r"\b(?:ümumilikdə|cəmi)\b",
    incident_marker=(
        # "minaya düşən avtomobildə olan 4 nəfər": the vehicle that hit a mine, one blast
        r"\bminaya\s+düş(?:üb|dü|ərək|ən\s+zaman|ən\s+(?:avtomobil|maşın|traktor|buldozer))"
        r"|partlayışı\s+nəticəsində"
        r"|partlaması\s+nəticəsində|\bhadisə\w*|baş\s+verib|\bbu\s+gün\b|\bdünən\b"
        r"|\bsaat\s+\d|\bpartlayıb\b"
        # "Mart ayında ... mina partlayışı qeydə alınıb": one blast, not "5 mina partlayışı"
        r"|(?<!\d\s)\bmina\s+partlayışı\s+qeydə\s+alın(?:ıb|dı)"
    ),
    periods=(
        # "ötən həftə (6-12 noyabr)": the bracket dates the week; its days are no counts, and
        # the phrase before it is the same week
        PeriodPattern(
            r"(?:\b(?:ötən|keçən|son|sonuncu)\s+(?:bir\s+)?həftə\w*(?:\s+ərzində)?\s*)?"
            r"\(\s*(?P<r1_day>\d{1,2})\s*[-–—]\s*(?P<r2_day>\d{1,2})\s+(?P<r2_month>{MONTH})"
            r"(?:\s+(?P<r2_year>(?:19|20)\d{2})(?:-c[iıuü]\s+il\w*)?)?\s*\)",
            "range",
        ),
        # "2022-ci ilin ilk yeddi ayında", "cari ilin 9 ayı ərzində"
        PeriodPattern(
            _WHICH_YEAR + r"\s+(?:(?:ilk|birinci)\s+)?(?P<n>\d{1,2}|" + _MONTH_COUNT + r")"
            r"\s+ay(?:ı|ında|ı\s+ərzində)\b",
            "months",
        ),
        PeriodPattern(
            _WHICH_YEAR + r"\s+(?:ilk|birinci)\s+(?:yarısında|yarısı\s+ərzində|yarımilliyində)",
            "months",
            days=6,
        ),
        PeriodPattern(
            _WHICH_YEAR + r"\s+(?:ilk|birinci)\s+(?:rübündə|rübü\s+ərzində)", "months", days=3
        ),
        # "2022-ci ilin yanvar-iyul aylarında", "cari ilin yanvar-fevral aylarında"
        PeriodPattern(
            _WHICH_YEAR + r"\s+(?P<r1_month>{MONTH})\s*[-–]\s*(?P<r2_month>{MONTH})"
            r"\s+ay(?:lar)?[ıi](?:nda|\s+ərzində)\b",
            "months",
        ),
        PeriodPattern(_WAR_END, "fixed:2020-11-10"),
        # "2020-ci ildən bəri": a running count since the war's year is one since its end
        PeriodPattern(
            r"\b2020-c[iı]\s+ildən\s+(?:bəri|bu\s+yana|etibarən|sonra|indiyədək)",
            "fixed:2020-11-10",
        ),
        PeriodPattern(
            r"\bson\s+(?:üç|3)\s+onillik\w*|\bBirinci\s+Qarabağ\s+müharibəsindən\s+(?:sonra|bəri)"
            r"|\bişğal(?:ın\s+əvvəlindən|\s+başlayandan)\s+(?:bəri|bu\s+yana)"
            # "1990-cı illərdən bəri", "1990-cı illərin əvvəlindən": since the first war
            r"|\b(?:19)?90-?(?:cı|ci)\s+illər(?:dən|in\s+əvvəl(?:lər)?indən)",
            "fixed:1991",
        ),
        # "2020-ci il noyabrın 10-dan 2024-cü il martın 1-dək"
        PeriodPattern(
            _year_prefix("r1_year")
            + r"(?P<r1_month>{MONTH})\s+(?P<r1_day>\d{1,2})"
            + _FROM
            + r"\s+"
            + _year_prefix("r2_year")
            + r"(?P<r2_month>{MONTH})\s+(?P<r2_day>\d{1,2})"
            + _UNTIL
            + r"(?:\s+olan\s+dövr\w*)?",
            "range",
        ),
        # "2020-ci ilin 10 noyabrından 2024-cü ilin 20 iyununadək": the day before the month
        PeriodPattern(
            _year_prefix("r1_year")
            + r"(?P<r1_day>\d{1,2})\s+(?P<r1_month>{MONTH})(?<=[dt][aə]n)\s+"
            + _year_prefix("r2_year")
            + r"(?P<r2_day>\d{1,2})\s+(?P<r2_month>{MONTH})(?:n?[aə])?"
            r"(?:-?(?:[dt][əe]k|[əa]d[əa]k)|\s+q[əa]d[əa]r)\b",
            "range",
        ),
        # "(12.02.2024 – 18.02.2024)", "12.02-18.02.2024": a weekly report's dates in figures
        PeriodPattern(
            r"(?<![\d.])"
            r"(?P<r1_day>\d{1,2})(?:\.(?P<r1_month>\d{1,2})(?:\.(?P<r1_year>(?:19|20)\d{2}))?)?"
            r"\s*[-–—]\s*"
            r"(?P<r2_day>\d{1,2})\.(?P<r2_month>\d{1,2})\.(?P<r2_year>(?:19|20)\d{2})(?![\d.]\d)",
            "range",
        ),
        # "martın 14-dən 20-dək", "Oktyabrın 9-dan 15-dək"
        PeriodPattern(
            _year_prefix("r2_year")
            + r"(?P<r2_month>{MONTH})\s+(?P<r1_day>\d{1,2})"
            + _FROM
            + r"\s+(?P<r2_day>\d{1,2})"
            + _UNTIL
            + r"(?:\s+olan\s+dövr\w*)?",
            "range",
        ),
        # a weekly report's dates: "Mart ayının 14-20 tarixlərində", "14-20 mart tarixlərində",
        # "2024-cü il martın 14-20-də"
        PeriodPattern(
            _year_prefix("r2_year")
            + r"(?P<r2_month>{MONTH})(?:\s+ayının)?\s+(?P<r1_day>\d{1,2})\s*[-–—]\s*"
            r"(?P<r2_day>\d{1,2})(?:-?(?:[dt][əa]|nd[əa]|[iıuü]nd[əa])\b|\s+tarix\w*)",
            "range",
        ),
        PeriodPattern(
            r"\b(?P<r1_day>\d{1,2})\s*[-–—]\s*(?P<r2_day>\d{1,2})\s+(?P<r2_month>{MONTH})"
            r"(?:\s+(?P<r2_year>(?:19|20)\d{2})(?:-c[iıuü]\s+il\w*)?)?\s+tarix\w*",
            "range",
        ),
        # "2020-ci il noyabrın 10-dan (sonra)", "noyabrın 10-dan bəri"
        PeriodPattern(
            _year_prefix("year")
            + r"(?P<month>{MONTH})\s+(?P<day>\d{1,2})"
            + _FROM
            + r"(?:\s+(?:sonra|bəri|etibarən|bu\s+yana|indiyədək))?",
            "date",
        ),
        # "2022-ci ilin avqust ayında", "2023-cü ilin oktyabrında": that one month, a span
        # (its start and end the month's), not a running count from it
        PeriodPattern(
            _ordinal_year("r2_year") + r"\s+(?:(?P<r2_month>{MONTH})\s+ay(?:ında|ı\s+ərzində)\b"
            r"|(?P<r2_month_b>{MONTH})(?<=[dt][aə])(?![\w-]))",
            "range",
        ),
        # "2022-ci ilin avqust ayından bəri", "2022-ci ilin avqustundan"
        PeriodPattern(
            # not "2021-ci il iyunun 4-də": a day, the date of one event
            _ordinal_year("year") + r"\s+(?P<month>{MONTH})(?!\w)(?!\s+\d)(?:\s+ay\w*)?"
            r"(?:\s+(?:sonra|bəri|etibarən|bu\s+yana|indiyədək|ərzində))?",
            "date",
        ),
        # "bu ilin mart ayında": that one month of the publication's year, to its last day
        PeriodPattern(
            r"\b(?:cari|bu)\s+ilin\s+(?=(?P<r2_month>{MONTH})\s)(?P<r1_month>{MONTH})"
            r"\s+ay(?:ı|ında|ı\s+ərzində)\b",
            "months",
            weak=True,
        ),
        # "cari ilin yanvar-fevral aylarında": the months of this year, from the first
        PeriodPattern(
            r"\b(?:cari|bu)\s+ilin\s+(?P<month>{MONTH})(?:\s*[-–]\s*[^\W\d]+)?"
            r"\s+ay(?:lar)?[ıi](?:nda|\s+ərzində)\b",
            "date",
        ),
        # "yanvar ayında", "martda"
        PeriodPattern(r"\b(?P<month>{MONTH})(?:\s+ay(?:ı|ında|ı\s+ərzində))\b", "date", weak=True),
        # "ilin əvvəlindən bu günədək": since the start of the publication's year
        PeriodPattern(
            r"(?<!-c[iıuü]\s)\b(?:bu\s+|cari\s+)?ilin\s+(?:əvvəlindən|başlanğıcından)",
            "past_years",
        ),
        # "Yanvarda 245 mina": the month in the locative is the month the count is for
        PeriodPattern(r"\b(?P<month>{MONTH})(?<=[dt][aə])(?![\w-])", "date", weak=True),
        PeriodPattern(
            r"\bson\s+(?P<n>" + _COUNT_WORDS + r")\s+il(?:də|\s+ərzində|dir)?\b",
            "past_years",
        ),
        # "Üç il ərzində 90 min hektar": a few years back from the telling
        PeriodPattern(
            r"(?<!son\s)\b(?P<n>[2-9]|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz)\s+il\s+ərzində\b",
            "past_years",
        ),
        # "ötən il", like "2023-cü ildə": a year that ended, a point in time, not a running count
        PeriodPattern(
            r"\b(?:ötən|keçən|keçmiş)\s+il(?:də|\s+ərzində)?\b", "past_years", days=1, weak=True
        ),
        PeriodPattern(r"\b(?:bu|cari)\s+il(?:in\s+əvvəlindən|\s+ərzində)\b", "past_years", days=0),
        # "ötən ay", "ötən ayın nəticələri": last month; "ötən həftə": the past seven days
        PeriodPattern(
            r"\b(?:ötən|keçən)\s+ay(?:da|ın|\s+ərzində)?(?!\w)", "months_back", days=1, weak=True
        ),
        PeriodPattern(
            r"\b(?:ötən|keçən)\s+həftə(?:də|nin|\s+ərzində)?(?!\w)", "past_days", days=7, weak=True
        ),
        # "il ərzində" (over the year): the publication's year so far
        # ... unless a year stands before it: "2024-cü il ərzində" is 2024
        PeriodPattern(
            r"(?<!\w)(?<!\dc[iıuü]\s)(?<!-c[iıuü]\s)il\s+ərzində\b", "past_years", days=0
        ),
        PeriodPattern(
            r"\bson\s+(?P<n>" + _COUNT_WORDS + r")\s+gün(?:də|\s+ərzində)\b", "past_days"
        ),
        PeriodPattern(r"\b(?P<year>19\d0|20\d0)-?(?:cı|ci|cu|cü)\s+illərdən", "decade"),
        PeriodPattern(
            r"\b(?P<day>\d{1,2})\s+(?P<month>{MONTH})\s+(?P<year>(?:19|20)\d{2})(?:-c[iıuü]\s+il)?"
            # "1 may 2024-cü il tarixinə": as of that day, as "tarixinədək" (up to it)
            r"\s+tarixinə(?:dək)?\b|\b(?P<month_b>{MONTH})\s+(?P<day_b>\d{1,2})-?(?:[nd]?[əa]\s+olan"
            r"|[dt][əe]k)\s+(?:məlumat|vəziyyət)\w*",
            "as_of",
        ),
        # "2020-2024-cü illərdə", "2020-2024-cü illər ərzində": from the first year to the last
        PeriodPattern(
            r"\b(?P<r1_year>(?:19|20)\d{2})\s*[-–]\s*(?P<r2_year>(?:19|20)\d{2})-?(?:c|ç)[iıuü]\s+"
            r"illər(?:də|\s+ərzində)\b",
            "range",
        ),
        # "2022-ci il: 108 nəfər": a list's line labelled by the year it counts over
        PeriodPattern(_ordinal_year("year") + r"(?=:|\s+[-–—]\s*\d)", "year", weak=True),
        # "2023-cü ildə", "2024-cü il ərzində": in that year, as en "in 2023"
        PeriodPattern(
            _ordinal_year("year")
            + r"(?:də|\s+ərzində)(?!\w)(?!\s+(?:bəri|bu\s+yana|etibarən|sonra))"
            # "1999-cu ildə fəaliyyətə başladığı vaxtdan bəri": since then, not in that year
            r"(?!(?:\s+\S+){0,3}\s+(?:vaxtdan|gündən|zamandan)\s+(?:bəri|etibarən|bu\s+yana))",
            "year",
            weak=True,
        ),
        # "2020-ci ildən bu yana", "2021-ci ilin əvvəlindən"
        PeriodPattern(
            _ordinal_year("year")
            + r"(?:də|dən|in\s+(?:əvvəlindən|ilk\s+\w+|birinci\s+\w+|ikinci\s+\w+)|\s+ərzində)"
            r"(?:\s+(?:bəri|bu\s+yana|etibarən|sonra|indiyədək))?",
            "year",
        ),
        # "Martın 3-də ... iki mina partlayışı": the day the blasts happened on
        PeriodPattern(
            r"\b(?P<month>{MONTH})\s+(?P<day>\d{1,2})-?(?:[dt][əa]|nd[əa]|[iıuü]nd[əa])\b"
            r"|\b(?P<day_b>\d{1,2})\s+(?P<month_b>{MONTH})\s+tarixində\b",
            "day",
            weak=True,
        ),
    ),
    not_figure=(
        # "Əli Məmmədov (51) və Elnur Hüseynov (27) yaralanıb": an age after a surname
        r"\((?<=ov\(|ev\(|va\(|de\()\d{1,2}(?:\s+yaş\w*)?\)"
        r"|\((?<=ov\s\(|ev\s\(|va\s\(|de\s\()\d{1,2}(?:\s+yaş\w*)?\)",
        # "bir halda iki çoban, digərində üç fəhlə": which blast, no count
        r"\bbir\s+halda\b",
        # a news feed's line, another article's headline under its time and date stamp
        # (before the clock time alone, which would claim the stamp's start):
        # "14:26 / 02-04-2024 Laçında daha 42 mina aşkarlandı"
        r"\b\d{1,2}:\d{2}\s*/\s*\d{1,2}[-.]\d{1,2}[-.]\d{4}\b.*",
        # "hər ikisi" (both of them) points back at the two an earlier sentence counted
        r"\bhər\s+ikisi\w*",
        # "bir daha" (once again) counts nothing
        r"\bbir\s+daha\b",
        # a superseded count a correction quotes: "daha əvvəl 45 nəfər olduğu bildirilmişdi"
        r"\b(?:daha\s+)?(?:əvvəl|öncə|əvvəlcə)\s+\d[\d.,]*(?=[^.;]{0,30}\bbildiril)",
        r"\b\d+\s*dəqiqəlik\s+oxu|\bdəqiqəlik\s+oxu",
        r"\b(?:bənd|maddə|hissə|fəsil|bölmə|paraqraf|qətnamə|fərman|sərəncam|qərar)\w*\s+"
        r"(?:№\s*)?\d+(?:[./]\d+)*|\b\d+(?:[./]\d+)*\s*(?:saylı|nömrəli)\b|№\s*\d+",
        r"\b\d+\s*yaş(?:lı|ında|ı|ınadək)?\w*",
        # "7.812" is a grouped number, not a time: only a colon makes a time without "saat"
        r"\bsaat\s+\d{1,2}(?:[:.]\d{2})?\w*|\b\d{1,2}:\d{2}(?!\d)\w*",
        r"(?:[$€₼]|\bAZN|\bUSD|\bEUR)\s*\d[\d,.\s]*(?:\s*(?:mln|mlrd|min|milyon|milyard)\w*)?",
        r"\d[\d,.]*\s*(?:(?:milyon|milyard|min|mln|mlrd)\w*\.?\s+)?"
        r"(?:manat\w*|dollar\w*|avro\w*|rubl\w*|AZN|USD|EUR|\$)",
        r"\d+(?:[.,]\d+)?\s*(?:%|faiz\w*)",
        r"\+\d{1,3}[\s-]?\(?\d{2,3}\)?[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}"
        r"|\(\+?\d{2,4}(?:\s\d{2})?\)\s*\d{2,3}[-\s]\d{2}[-\s]\d{2}|\b\d{3}-\d{2}-\d{2}\b"
        r"|\b\d+\s+(?:qaynar\s+)?xətt\w*",
        r"\b\d+[-\s]?(?:günlük|həftəlik|aylıq|illik|saatlıq|dəqiqəlik|kilometrlik|metrlik"
        r"|yerlik|otaqlı|nəfərlik|mərtəbəli)\w*",
        r"\b\d+[-\s]?(?:gün|həftə|ay|il|saat|dəqiqə|saniyə|km|kilometr|metr|kq|ton|dərəcə"
        r"|onillik|əsr)(?:[a-zəıöüşçğ]*)(?![\w²])",
        r"\b(?:bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on|iyirmi|otuz|qırx|əlli)"
        r"\s+(?:gün|həftə|ay|il|saat|dəqiqə)"
        r"(?:[a-zəıöüşçğ]*)(?![\w²])",
        r"\b(?:baxış|şərh)\w*\W{0,3}\d[\d\s]*|\d+\s*(?:şərh|baxış|iştirakçı|nümayəndə|ölkə"
        r"|dövlət|ailə|məktəb|şagird|ev|panel|sessiya|təşkilat|tərəfdaş)\w*",
        # "tədbirdə 200-dən çox şəxs iştirak edib": the audience, not victims
        r"\d[\d.,]*(?=(?:-?d[aə]n\s+(?:çox|artıq|az)|\s+(?:yaxın|qədər))?\s+(?:nəfər|şəxs"
        r"|insan|qonaq|sakin|nümayəndə|tələbə|şagird)\w*(?:(?!həlak|yaralan|xəsarət|öl)[^.;])"
        r"{0,80}?\biştirak\s+(?:edib|ediblər|edirdi|etmişdir|etdi)\w*"
        r"(?![^.;]*(?:həlak|yaralan|xəsarət|öl)))",
        # deminers, their dogs and machines at work, not harmed: "3 500-dən çox minaaxtaran
        # çalışır", "120-yə yaxın minaaxtaran itimiz var", "60-dan artıq mexaniki qurğu"
        r"\d{1,3}(?:[\s.,]\d{3})*(?:\s+min\w*)?(?:-?[^\W\d]+)?(?:\s+(?:çox|artıq|yaxın|qədər))?"
        r"\s+(?:(?:mina\s*axtaran|minaaxtaran)\s+it\w*|(?:ədəd\s+)?mexaniki\s+\w+"
        r"|(?:minaaxtaran|sapyor|minatəmizləyən)\w*(?=[^.;]{0,120}?\b(?:çalış|işləy|cəlb\s+olun"
        r"|iştirak\s+ed|sahəyə\s+çıx|hazırlan)\w*)(?![^.;]*(?:həlak|yaralan|xəsarət|qurban)))",
        # a blast of household gas is no mine: the rest of "Məişət qazının partlaması ilə
        # bağlı 19 hadisədə 5 nəfər həlak olub" counts its own victims
        r"\bməişət\s+qaz\w*[^.;]*",
        # "1.800 mina qurbanlarının ailə üzvünə", "ailə üzvlərindən 120 nəfər": the victims'
        # relatives, not victims
        r"\d[\d.,]*\s+(?:mina\s+)?(?:qurban\w*\s+)?ailə\s+üzv\w*|\bailə\s+üzv\w*\s+\d+",
    ),
    place_cs=(
        # "Kəlbəcər rayonunda", "Laçın rayonunun Sarıbaba yüksəkliyi", "Horadiz qəsəbəsi"
        # "İki kənd sakini" opening a sentence: a count of villagers, no village named
        r"(?!(?:Bir|İki|Üç|Dörd|Beş|Altı|Yeddi|Səkkiz|Doqquz|On|Bu|Həmin|Digər)\s)"
        rf"(?P<name>[{_AZ_CAPITAL}][\w'’]+(?:[-–][{_AZ_CAPITAL}][\w'’]+)?"
        rf"(?:(?:,\s+|\s+və\s+)[{_AZ_CAPITAL}][\w'’]+)*)"
        r"\s+(?:rayon\w*|şəhər\w*|kənd\w*|qəsəbə\w*|yüksəkli\w*|dağ\w*|bölgə\w*|yol\w*"
        r"|istiqamət\w*|meşə\w*|ərazisi\w*|iqtisadi\s+rayon\w*|dəhliz\w*)",
    ),
    # "İkinci Qarabağ müharibəsi": the war's name, no place
    gazetteer_not_before_cs=r"\s+(?:[Mm]üharibə|[Mm]ünaqişə)",
    gazetteer=frozenset(
        {
            "Ağdam",
            "Füzuli",
            "Cəbrayıl",
            "Zəngilan",
            "Qubadlı",
            "Kəlbəcər",
            "Laçın",
            "Xocavənd",
            "Xocalı",
            "Şuşa",
            "Tərtər",
            "Ağdərə",
            "Xankəndi",
            "Tovuz",
            "Qazax",
            "Gədəbəy",
            "Daşkəsən",
            "Naxçıvan",
            "Goranboy",
            "Ağcabədi",
            "Beyləqan",
            "Suqovuşan",
            "Talış",
            "Hadrut",
            "Murovdağ",
            "Sarıbaba",
            "Qarabağ",
            "Şərqi Zəngəzur",
        }
    ),
    countries={
        "Ukraynada": "Ukraine",
        "Ukrayna": "Ukraine",
        "Əfqanıstanda": "Afghanistan",
        "Suriyada": "Syria",
        "İraqda": "Iraq",
        "Kambocada": "Cambodia",
        "Anqolada": "Angola",
        "Bosniya və Herseqovinada": "Bosnia and Herzegovina",
        "Xorvatiyada": "Croatia",
        "Kolumbiyada": "Colombia",
        "Yəməndə": "Yemen",
        "Livanda": "Lebanon",
        "Liviyada": "Libya",
        "Laosda": "Laos",
        "Vyetnamda": "Vietnam",
        "Gürcüstanda": "Georgia",
        "Türkiyədə": "Turkey",
        "İsraildə": "Israel",
        "Sudanda": "Sudan",
    },
    # "Ermənistan istehsalı olan 2021-ci il buraxılışlı", "Ermənistanda 2021-ci ildə istehsal
    # olunmuş"
    made_in_cs=(
        rf"(?P<country>[{_AZ_CAPITAL}][a-zəıöüşçğ]+?)(?:da|də|nda|ndə)?\s+"
        r"(?:(?P<year>(?:19|20)\d{2})-c[iıuü]\s+ildə\s+)?istehsal(?:ı|\s+olunmuş|\s+edilmiş)\w*"
        r"(?:\s+olan\s+(?P<year_only>(?:19|20)\d{2})-c[iıuü]\s+il\s+buraxılış\w*)?"
        # "2021-ci ildə Ermənistanda istehsal olunmuş": the year first
        rf"|(?P<year_first>(?:19|20)\d{{2}})-c[iıuü]\s+ildə\s+"
        rf"(?P<country_after_year>[{_AZ_CAPITAL}][a-zəıöüşçğ]+)(?:da|də)\s+"
        r"istehsal(?:\s+olunmuş|\s+edilmiş)\w*"
        r"|(?P<year_made>(?:19|20)\d{2})-c[iıuü]\s+il(?:də)?\s+(?:buraxılış\w*|istehsal\w*)"
        r"(?:\s+olunmuş|\s+edilmiş)?"
    ),
    made_adjectives={
        "Ermənistan istehsalı": "Armenia",
        "Ermənistan istehsalı olan": "Armenia",
        "Ermənistanda istehsal olunmuş": "Armenia",
        "Ermənistanda istehsal edilmiş": "Armenia",
        "erməni istehsalı": "Armenia",
        "Rusiya istehsalı": "Russia",
        "sovet istehsalı": "USSR",
        "İtaliya istehsalı": "Italy",
        "İran istehsalı": "Iran",
    },
    same_year=r"\bhəmin\s+il(?:də|in)?\b",
    count_unit=r"ədəd\w*[.!]?",
    share_of_total=r"\bpayına\s+düş\w*|\bpay\w*\b",
    laying=r"\b(?:quraşdırılma|basdırılma|yerləşdirilmə|basdırma|quraşdırma)\w*",
    same_period=r"\b(?:bu|həmin)\s+(?:dövr|müddət)(?:də|\s+ərzində)\b",
    # "two more TM-62 mines": the model says which kind
    model_groups_cs=(
        (r"(?:TM|TMK|TMN|TMM|PTM|PTKM|ТМ|ТМК|ТМН|ПТМ)\b", Group.ANTI_TANK),
        (
            r"(?:PMN|POMZ|OZM|OZMK|MON|PFM|PMD|PMA|PROM|MZU|ПМН|ПОМЗ|ОЗМ|ОЗМК|МОН|ПФМ|ПМД)\b",
            Group.ANTI_PERSONNEL,
        ),
    ),
    mine_model_cs=(
        r"\b(?:PMN|POMZ|OZM|MON|TM|TMK|TMN|TMM|PFM|PMD|PROM|PTM|MS|MRUD|OZMK|PTKM|E)"
        r"(?:-?[0-9]+[A-ZƏ0-9]*(?:-[A-ZƏ0-9]+)?|-[A-ZƏ]{1,2}[0-9]*)(?!\w)"
    ),
    # "Qarabağ Dirçəliş Fondu", "Karabakh Today": an outlet or a body named after a place
    body_name_cs=(
        r"\b(?:[A-ZƏÖÜĞÇŞİ][\w'’-]+\s+){1,3}(?:Fond\w*|Agentliy\w*|İnstitut\w*|Today|News"
        r"|Times|Post|Daily|Press|TV)\b"
    ),
    # "indiyədək", "bu günə qədər": a total up to the day of telling
    to_date=r"\b(?:indiyədək|indiyə\s+qədər|bu\s+günədək|bu\s+günə\s+qədər)\b",
    several_events=(
        r"\b(?:iki|üç|dörd|bir\s+neçə)\s+(?:ayrı\s+)?(?:mina\s+)?(?:partlayış|hadisə|insident)\w*"
        r"|\bbirinci\s+halda\b|\bhadisələrin\s+birində\b"
        # plural: "mina partlayışları nəticəsində"
        r"|\bpartlayışları\s+nəticəsində\b"
    ),
    # "14 min mina, həmçinin partlamamış hərbi sursat": one count of both
    lumped_after=r"\s*,\s*(?:həmçinin|eləcə\s+də)\s+(?:digər\s+)?",
    consequence_joint=(
        # "nəticədə o, ağır xəsarət alıb": the pronoun and its comma may come first
        r"[^.;:\d]{0,40}?,\s*(?:və\s+)?(?:nəticədə|bunun\s+nəticəsində)\s(?:o,\s)?[^.;:,\d]{0,40}"
    ),
    handed_over=r"\btəhvil\s+ver\w*|\bverilib\b",
)
