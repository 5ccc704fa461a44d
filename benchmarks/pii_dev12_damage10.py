"""Round-ten development set of the damage tuner (``damage10``): names of people and things
named after people or places, written by hand for this round.

Written 2026-12-02 (05:48–05:55 UTC) by the damage10 helper before any change to the detector;
names made up or from general knowledge (not drawn from Faker or names-dataset). The person
captions put private people next to the words the damage rules key on (ship prefixes, street
words, dishes, festivals, place hashtags, landmark words in other scripts); the no-PII captions
are dishes, drinks, ships, streets, squares, festivals, camel-case hashtags and landmarks in
other scripts named after people or saints. Half A (even indices) was used for tuning, half B
(odd indices) for the estimate: measured at the start, once after the first rule (its output was
seen then) and at the end (``bench_pii._half``).
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("Dinner with [[Alfredo Ruiz]] at the trattoria on Via Garibaldi", "Spanish", "title"),
    ("Captain [[Harald Berg]] aboard the MS Nordlys", "Norwegian", "title"),
    ("[[Vittorio Emanuele Conti]] at his desk in Turin", "Italian", "title"),
    ("[[Marta Kowalczyk]] cooking beef stroganoff for the family", "Polish", "title"),
    ("Our chef [[Tomasz Wrona]] plating eggs benedict", "Polish", "title"),
    ("[[Joaquim Barros]] walking down Avenida Paulista on Sunday", "Portuguese", "title"),
    ("[[Richard Okafor]] on the deck of HMS Belfast", "Nigerian", "title"),
    ("Street portrait of [[Lucía Ferrández]] on Calle Mayor", "Spanish", "title"),
    (
        "[[Ingrid Solheim]] and [[Kari Nygaard]] at the Noche de San Juan bonfire",
        "Norwegian",
        "title",
    ),
    (
        "Happy birthday [[Antonio Greco]]! Festa di San Gennaro never looked better",
        "Italian",
        "title",
    ),
    ("[[Mehmet Yıldırım]] selling simit near Taksim Meydanı", "Turkish", "title"),
    ("Photo by [[Louise Chambert]], Boulevard Saint-Germain", "French", "title"),
    ("[[Rui Carvalho]] at the Festa de Santo António in Alfama", "Portuguese", "title"),
    ("Bartender [[Collins Mwangi]] mixing a negroni", "Kenyan", "title"),
    ("[[Benedikt Hollmann]] rowing on the Alster", "German", "title"),
    ("Wedding of [[Priya Raman]] and [[Arjun Menon]] in Chennai", "Indian", "title"),
    ("[[Victoria Lindqvist]] sketching on the ferry to Vaxholm", "Swedish", "title"),
    ("Grandpa [[Stanisław Nowicki]] on Ulica Floriańska", "Polish", "title"),
    ("[[Pedro Alcántara]] selling churros on Gran Vía", "Spanish", "title"),
    ("Thanks to [[Giulia Marchetti]] for the tiramisu recipe", "Italian", "title"),
    ("#[[MartaKowalczyk]] at the #LakeLouise lodge", "Polish", "hashtag"),
    ("#[[JoaquimBarros]] #AvenidaPaulista #saopaulo", "Portuguese", "hashtag"),
    (
        "ALFREDO RUIZ WINS THE PAELLA CONTEST".replace("ALFREDO RUIZ", "[[ALFREDO RUIZ]]"),
        "Spanish",
        "upper",
    ),
    ("photo by [[harald berg]] from the bridge of ms nordlys", "Norwegian", "lower"),
    ("[[محمد العلي]] أمام المسجد", "Arabic", "script"),
    ("[[राहुल शर्मा]] गांधी मैदान में", "Indian", "script"),
    ("Mass for [[Juan Carlos Ibarra]] at the chapel on Calle San Juan", "Mexican", "title"),
    ("[[Eamon Gallagher]] pouring a Tom Collins at his bar in Galway", "Irish", "title"),
    ("[[Kong Wei]] and his daughter at the dumpling stall", "Chinese", "title"),
    ("Our captain [[Magnus Eide]] steering MV Fjordprinsen", "Norwegian", "title"),
    ("[[Sofia Andrade]] dancing at the Festa Junina", "Brazilian", "title"),
    ("Congrats [[Henrik Vestby]] on your first regatta!", "Norwegian", "title"),
    ("[[Aylin Demirtaş]] with a bowl of menemen", "Turkish", "title"),
    ("[[Zofia Lis]] reading on a bench in Plac Zamkowy", "Polish", "title"),
    ("#[[ElenaMarquez]] #GranVia #madrid", "Spanish", "hashtag"),
    ("[[Dorotea Villalobos]], sculptor, in her studio on Rua Augusta", "Portuguese", "title"),
    ("[[Ulrich Brandt]] bei der Arbeit in der Kaiserstraße", "German", "title"),
    ("[[Chiara Benedetti]] tasting pasta alla Norma in Catania", "Italian", "title"),
    ("Interview: [[Farid Haddad]] on the Corniche", "Lebanese", "title"),
    ("Sketch of [[Ottilie Brandvold]] by her granddaughter", "Norwegian", "title"),
]

# Captions that name no person: every word changed here is damage.
NO_PII: list[str] = [
    "Fettuccine Alfredo with extra black pepper",
    "Eggs Benedict and a flat white for brunch",
    "Beef Stroganoff over buttered noodles",
    "Kung Pao chicken and steamed rice",
    "A Tom Collins and a gin fizz on the terrace",
    "Chicken Marsala at the corner trattoria",
    "Oysters Rockefeller on crushed ice",
    "Peach Melba for dessert",
    "MS Richard With leaving Bodø",
    "MS Kong Harald at the quay in Trondheim",
    "HMS Victory in dry dock at Portsmouth",
    "RMS Queen Mary moored in Long Beach",
    "USS Ronald Reagan in Yokosuka harbor",
    "MV Lady Hope anchored off the island",
    "SS Jeremiah O'Brien steaming under the bridge",
    "Corso Vittorio Emanuele at rush hour",
    "Avenida Paulista closed to cars on Sunday",
    "Calle de Alcalá lit up for Christmas",
    "Via Giuseppe Garibaldi in the rain",
    "Rua Augusta arch seen from the river",
    "Ulica Piotrkowska at night",
    "Boulevard Haussmann shop windows",
    "Praça Marquês de Pombal roundabout from above",
    "Avenue Victor Hugo in the morning fog",
    "Noche de San Juan bonfires on the beach",
    "Festa de Santo António sardines and basil pots",
    "Fiesta de San Fermín crowds in Pamplona",
    "Sankt Hans bonfire by the fjord",
    "Festa di San Gennaro lights on Mulberry Street",
    "Día de San Jorge roses and books",
    "#LakeLouise #banff #canoe",
    "#StMoritz #engadin #winter",
    "#VanGoghMuseum #amsterdam",
    "#PlazaMayor #madrid #christmasmarket",
    "#RioDeJaneiro #copacabana",
    "#MountCook #newzealand #hike",
    "مسجد محمد علي من بعيد",
    "गांधी मैदान में भीड़",
    "شارع الملك فهد في الرياض",
    "जवाहरलाल नेहरू स्टेडियम में मैच",
    "Pasta alla Norma with ricotta salata",
    "A Shirley Temple for the kids",
    "Bloody Mary with a celery stick",
    "Caesar salad with anchovies",
    "Margherita pizza fresh from the oven",
    "Piazza Vittorio Emanuele at dusk",
    "Avenida Rio Branco traffic at noon",
    "Calle Mayor market stalls",
    "Queen Elizabeth ferry crossing the strait",
    "Tarte Tatin with crème fraîche",
]
