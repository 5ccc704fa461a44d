"""Round fourteen of the PII work: person names in scripts without name lists (Burmese, Khmer,
Lao, Ge'ez, Tibetan, the South Indian, Gujarati, Gurmukhi, Bengali and Sinhala scripts), found
by the titles and honorifics captions put next to them. Each rule has a caption with a person
and a trap it must leave untouched."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title word before one or two words of its script (Khmer, Lao, Ge'ez, Indic)
        ("អ្នកគ្រូ ម៉ៅ សុភា ជាមួយសិស្ស", ["ម៉ៅ សុភា"]),
        ("ທ້າວ ຄຳພອນ ວົງສາ ກັບລູກ", ["ຄຳພອນ ວົງສາ"]),
        ("ወ/ት ሄለን መኮንን በምረቃዋ ቀን", ["ሄለን መኮንን"]),
        ("ಶ್ರೀಮತಿ ರೇಖಾ ಕುಲಕರ್ಣಿ ಉಪನ್ಯಾಸ", ["ರೇಖಾ ಕುಲಕರ್ಣಿ"]),
        ("ຂອບໃຈທ່ານ ຫຼາຍໆ", []),
        # … unless a place noun follows: a temple or street named after a deity or person
        ("ಶ್ರೀ ರಾಮ ಮಂದಿರ", []),
        ("ቅዱስ ጊዮርጊስ ቤተክርስቲያን", []),
        # a festival after a deity's or person's name ("Sri Rama Navami"); after a "Sri" title a
        # person has two names ("श्री गणेश जी": a deity); initials before a street noun
        ("శ్రీ రామ నవమి శుభాకాంక్షలు", []),
        ("ಶ್ರೀ ಕೃಷ್ಣ ಜನ್ಮಾಷ್ಟಮಿ ಶುಭಾಶಯಗಳು", []),
        ("श्री गणेश जी की आरती", []),
        ("ශ්‍රීමත් ඩී. ආර්. විජේවර්ධන මාවත", []),
        ("पूजा सक्सेना ने मैराथन पूरी की", ["पूजा सक्सेना"]),
        ("ಶ್ರೀ ಮಂಜುನಾಥ ಗೌಡ ಅವರ ಮನೆ", ["ಮಂಜುನಾಥ ಗೌಡ"]),
        # a title of a cased script opening the caption stays outside the name
        ("Պարոն Կարեն Մելքոնյան իր այգում", ["Կարեն Մելքոնյան"]),
        ("Κυρία Ελένη Παπαδοπούλου στην αγορά", ["Ελένη Παπαδοπούλου"]),
        ("Пані Олена Ковальчук на ринку", ["Олена Ковальчук"]),
        ("Mrs Anna Smith at the bakery", ["Anna Smith"]),
        # a credit or greeting in an English caption before one or two words of another script
        ("Photo by ዮናስ ደሳለኝ", ["ዮናስ ደሳለኝ"]),
        ("Congrats to ලසන්ත දිසානායක!", ["ලසන්ත දිසානායක"]),
        ("Thanks to ಕರ್ನಾಟಕ ಸರ್ಕಾರ for the grant", []),
        ("Breakfast with ዶሮ ወጥ at home", []),
        # a title with an Amharic preposition attached ("of Ato …", "to W/ro …"); Burmese U apart
        ("የአቶ ከበደ ሚካኤል ልጆች", ["ከበደ ሚካኤል"]),
        ("ለወ/ሮ ትዕግስት አበራ እንኳን ደስ አለዎት", ["ትዕግስት አበራ"]),
        ("ဦး ဘသိန်း နှင့် မိသားစု", ["ဘသိန်း"]),
        ("የቀለበት መንገድ", []),
        # a credit: "photo by" (Khmer), "photo:" (Amharic)
        ("រូបថតដោយ ចាន់ សុផល", ["ចាន់ សុផល"]),
        ("ፎቶ: ብርሃኑ ዘውዴ", ["ብርሃኑ ዘውዴ"]),
        ("ፎቶ ከአዲስ አበባ", []),
        # an honorific after two words (Sinhala, Telugu, Tamil); Tibetan after one run
        ("සමන් කුමාර මහතා නිවසේදී", ["සමන් කුමාර"]),
        ("ප්‍රියන්ත ලියනගේ මහත්තයාගේ කඩේ", ["ප්‍රියන්ත ලියනගේ"]),
        ("సాయి కుమార్ గారు పాట పాడుతున్నారు", ["సాయి కుమార్"]),
        ("ཚེ་དབང་ལྷ་མོ ལགས་ ལ་བཀྲ་ཤིས་བདེ་ལེགས", ["ཚེ་དབང་ལྷ་མོ"]),
        ("ལྷ་ས ཕོ་བྲང", []),
        # a Bengali honorific written attached ("Amal-babu's garden"); not in "cook"
        ("অমলবাবুর বাগানে", ["অমল"]),
        ("বাবুর্চি রান্না করছে", []),
        # Burmese titles written attached: U, Daw (two syllables or more follow) …
        ("ဒေါ်စန်းစန်းမြင့် နှင့် မိသားစု", ["စန်းစန်းမြင့်"]),
        ("ဦးခေါင်းကိုက်တယ်", []),
        ("ဒေါ်လာ တစ်ရာ", []),
        # … Ko and Ma only as a word of their own (not the particle ကို, not the negation မ)
        # romanized name lookups in every Indic script anyascii reads (Gujarati, Telugu …),
        # not before a place noun, nor over an honorific or pronoun ("ಅವರ ಮನೆ", their house)
        ("નેહા મહેતા ની દુકાન", ["નેહા મહેતા"]),
        ("ప్రియా శర్మ పాట పాడుతోంది", ["ప్రియా శర్మ"]),
        ("రాజీవ్ గాంధీ ఆసుపత్రి", []),
        # Gurmukhi tippi is a nasal like the anusvara; a nukta makes s "sh" ("ਸ਼ਰਮਾ", Sharma)
        ("ਨੇਹਾ ਸ਼ਰਮਾ ਦਾ ਵਿਆਹ", ["ਨੇਹਾ ਸ਼ਰਮਾ"]),
        ("ਭਗਤ ਸਿੰਘ ਚੌਕ ਵਿੱਚ ਭੀੜ", []),
        ("ಅವರ ಮನೆ ಸುಂದರವಾಗಿದೆ", []),
        ("ကိုမျိုးမင်း ဓာတ်ပုံ", ["မျိုးမင်း"]),
        ("အိမ်ကို ပြန်မယ်", []),
        ("ဒီနေ့ မကောင်းဘူး", []),
    ],
)
def test_round14_scripts(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        # a name's vowel signs and marks go with its letters (no "ဦးWောP်Qျော်…" leaking them)
        ("ဦးအောင်ကျော်မင်း ရဲ့ မွေးနေ့ပွဲ", r"ဦး[^\u1000-\u109f]+ ရဲ့ မွေးနေ့ပွဲ"),
        ("ຖ່າຍໂດຍ ບຸນມີ ສີສຸວັນ", r"ຖ່າຍໂດຍ [^\u0e80-\u0eff]+"),
        ("បងស្រី និង លោកស្រី ជា សុភាព", r"បងស្រី និង លោកស្រី [^\u1780-\u17ff]+"),
        ("བསོད་ནམས་སྒྲོལ་མ ལགས་", r"[^\u0f00-\u0fff]+ ལགས་"),
    ],
)
def test_round14_surrogate_marks(text: str, pattern: str) -> None:
    import re

    from trustbench.sanitize.pii import pseudonymize_text

    assert re.fullmatch(pattern, pseudonymize_text(text, key=b"k" * 32))
