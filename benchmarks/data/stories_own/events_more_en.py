"""Our own story set, part 3: twelve more events in six look-alike pairs, two English reports each.

Written for newsprism's benchmark in December 2026 (not copied from any outlet).  The look-alike
pairs are harder than part 1's: the same kind of event in the same city or by the same actors a
few weeks or months apart (two Paris metro strikes, two OPEC+ meetings, two gas explosions in
Russian apartment blocks).  The topics in :data:`FRESH` form the *fresh* part: scored once with
the code as it was before any change made for it, and once at the end; never developed on.
"""

#: the look-alike topic pairs of this part; the first three are the fresh part
TOPICS = [
    ("paris-strike-march", "paris-strike-april"),
    ("athens-wildfire", "tenerife-wildfire"),
    ("kuzbass-mine", "karaganda-mine"),
    ("opec-june", "opec-december"),
    ("tagil-gas-blast", "magnitogorsk-gas-blast"),
    ("rublev-madrid", "medvedev-miami"),
]
FRESH = TOPICS[:3]

EN = {
    "paris-strike-march": (
        "2023-03-07",
        [
            (
                "Capital Wire",
                "Paris metro grinds to a halt as unions strike over pension reform",
                "Most metro lines in Paris ran one train in three or none at all on Tuesday as RATP "
                "workers joined a national strike against President Emmanuel Macron's plan to raise the "
                "pension age from 62 to 64. Only the driverless lines 1 and 14 ran normally. The CGT union "
                "said 1.28 million people marched across France, the interior ministry counted 1.1 million. "
                "Unions called for the strike to be renewed on Wednesday.",
            ),
            (
                "The Morning Ledger",
                "Commuters walk as pension strike shuts much of Paris transport",
                "Parisians queued for bikes and scooters on Tuesday after the city's transport operator RATP "
                "warned of 'very heavily disrupted' service on the sixth day of action against the pension "
                "overhaul. 'We will not let them steal two years of our lives,' said Fabien Villedieu of the "
                "Sud-Rail union. Labour Minister Olivier Dussopt said the reform would go ahead. Rolling "
                "strikes are planned at refineries and ports.",
            ),
        ],
    ),
    "paris-strike-april": (
        "2023-04-13",
        [
            (
                "Capital Wire",
                "Paris transport disrupted again on eve of pension ruling",
                "Metro and suburban RER trains in Paris were disrupted on Thursday, the 12th day of national "
                "protests, a day before the Constitutional Council rules on the law raising the retirement "
                "age to 64. RATP said traffic on lines 3, 4 and 13 was 'very disrupted'. The interior ministry "
                "counted 380,000 protesters across France, the CGT 1.5 million. Protesters briefly occupied "
                "the Paris headquarters of the luxury group LVMH.",
            ),
            (
                "Continental Post",
                "Strikers hit Paris metro as Constitutional Council prepares verdict",
                "Unions staged another day of strikes and marches on Thursday, hoping to sway the nine judges "
                "of the Constitutional Council, who will say on Friday whether Emmanuel Macron's pension "
                "reform can become law. Turnout was lower than in March. CGT leader Sophie Binet said the "
                "movement would not stop 'as long as the reform is not withdrawn'. Some metro lines ran "
                "every other train.",
            ),
        ],
    ),
    "athens-wildfire": (
        "2024-08-12",
        [
            (
                "Aegean Daily",
                "Wildfire reaches Athens suburbs, thousands flee",
                "A wildfire fanned by gale-force winds swept into the northern suburbs of Athens on Monday, "
                "burning homes and forcing the evacuation of thousands of residents from Varnavas, Penteli "
                "and Nea Penteli. More than 700 firefighters and 190 fire engines were deployed, the fire "
                "brigade said. A woman was found dead in a burned factory. Greece asked for help through the "
                "European Union, and Italy, France and the Czech Republic sent crews.",
            ),
            (
                "World Brief",
                "Greece battles worst fire of the year north of Athens",
                "Greek firefighters fought through the night to contain a blaze that burned about 10,000 "
                "hectares of forest and farmland on the slopes of Mount Penteli, 25 km from central Athens. "
                "Prime Minister Kyriakos Mitsotakis cut short his holiday to return to the capital. Smoke "
                "covered the Acropolis and hospitals treated dozens of people for breathing problems.",
            ),
        ],
    ),
    "tenerife-wildfire": (
        "2023-08-18",
        [
            (
                "Iberia Wire",
                "Tenerife wildfire forces thousands from their homes",
                "A wildfire raging through pine forests in the north of Tenerife forced the evacuation of "
                "about 4,000 people from villages in the Orotava valley on Friday, the Canary Islands' "
                "regional government said. The blaze had burned more than 5,000 hectares. Regional leader "
                "Fernando Clavijo called it 'the most complex fire we have had in the Canaries in the past "
                "40 years'. The airports remained open.",
            ),
            (
                "Holiday Times",
                "Canary Islands fire out of control, says regional leader",
                "Firefighting planes and helicopters dumped water on the slopes of the Teide national park on "
                "Thursday as a fire that started on Tuesday night spread across 3,800 hectares in Tenerife. "
                "Police said the fire had been started deliberately. Tourists in the south of the island were "
                "not affected, officials said, but smoke was visible from the beaches of Playa de las "
                "Americas.",
            ),
        ],
    ),
    "kuzbass-mine": (
        "2021-11-25",
        [
            (
                "Siberian Post",
                "Dozens killed in Siberian coal mine fire",
                "Methane exploded and set fire to the Listvyazhnaya coal mine in the Kemerovo region of "
                "Siberia on Thursday, killing at least 52 miners and rescuers, officials said. Smoke spread "
                "through the ventilation shafts 250 metres underground, and 285 people were brought to the "
                "surface. Six rescuers died trying to reach trapped men. Investigators detained the mine's "
                "director and two managers.",
            ),
            (
                "Global Desk",
                "Russia's deadliest mine disaster in a decade",
                "Hopes faded on Friday for dozens of men trapped at Listvyazhnaya, a mine near the town of "
                "Belovo in Kuzbass, after rescuers were pulled out because of the risk of another explosion. "
                "Regional governor Sergei Tsivilev declared three days of mourning. Russian media reported "
                "that inspectors had found violations at the mine in 2021, including faulty gas sensors.",
            ),
        ],
    ),
    "karaganda-mine": (
        "2023-10-28",
        [
            (
                "Steppe Herald",
                "Fire at Kazakh coal mine kills dozens",
                "A fire at the Kostenko coal mine in Kazakhstan's Karaganda region killed at least 32 "
                "miners on Saturday, the emergencies ministry said, with 14 more missing. Of the 252 people "
                "underground when the fire broke out, most were evacuated. President Kassym-Jomart Tokayev "
                "ordered the government to end its cooperation with the mine's owner, ArcelorMittal "
                "Temirtau, and declared a day of mourning.",
            ),
            (
                "Asia Business Review",
                "Kazakhstan moves to nationalise ArcelorMittal unit after mine blaze",
                "Kazakhstan agreed on Saturday to take over ArcelorMittal's local steel and coal business "
                "hours after a methane explosion at its Kostenko mine killed 46 workers, the deadliest "
                "accident in the country's post-Soviet history. Prime Minister Alikhan Smailov said the "
                "company had ignored repeated safety warnings.",
            ),
        ],
    ),
    "opec-june": (
        "2024-06-02",
        [
            (
                "Energy Markets Daily",
                "OPEC+ extends oil output cuts into 2025",
                "OPEC+ agreed on Sunday to extend most of its oil output cuts well into 2025, as the group "
                "led by Saudi Arabia and Russia tries to shore up prices amid slow demand growth. Group-wide "
                "cuts of 3.66 million barrels per day will run until the end of 2025, and voluntary cuts of "
                "2.2 million bpd by eight members will be phased out from October 2024, the group said after "
                "meeting in Riyadh.",
            ),
            (
                "Global Desk",
                "Saudi-led producers keep taps tight, plan gradual return",
                "Oil producers in the OPEC+ alliance will keep output curbs in place for longer but start "
                "to return some barrels to the market in the autumn, Saudi energy minister Prince Abdulaziz "
                "bin Salman said on Sunday. Brent crude traded near $81 a barrel before the decision. "
                "Analysts said the plan to unwind cuts from October could weigh on prices.",
            ),
        ],
    ),
    "opec-december": (
        "2024-12-05",
        [
            (
                "Energy Markets Daily",
                "OPEC+ delays oil output increase to April",
                "OPEC+ on Thursday postponed the start of oil output increases by three months to April "
                "and extended the full unwinding of cuts by a year to the end of 2026, as weak demand and "
                "rising supply from outside the group weigh on prices. Eight members will raise output by "
                "138,000 barrels per day each month from April 2025. Brent rose slightly to $72.",
            ),
            (
                "The Morning Ledger",
                "Oil cartel puts off output rise for third time",
                "The OPEC+ group of producers pushed back plans to pump more oil for the third time this "
                "year, in an online meeting on Thursday. 'The market is not ready,' one delegate said. "
                "Russian Deputy Prime Minister Alexander Novak said the decision was unanimous. The United "
                "Arab Emirates' planned increase of 300,000 bpd was also delayed to April.",
            ),
        ],
    ),
    "tagil-gas-blast": (
        "2024-08-01",
        [
            (
                "Ural Daily",
                "Gas explosion tears through Nizhny Tagil apartment block",
                "A gas explosion destroyed part of a five-storey apartment building in Nizhny Tagil in the "
                "Sverdlovsk region on Thursday, killing at least four people, regional officials said. "
                "Rescuers were searching the rubble for others. About 40 residents were evacuated from the "
                "building on Ulitsa Lenina. Governor Yevgeny Kuyvashev said a commission would check the "
                "building's gas equipment.",
            ),
            (
                "Siberian Post",
                "Death toll in Urals building collapse rises to ten",
                "Rescuers in Nizhny Tagil pulled the last bodies from the rubble of a Khrushchev-era "
                "apartment block on Saturday, bringing the death toll from Thursday's gas explosion to ten, "
                "including two children. Sverdlovsk governor Yevgeny Kuyvashev said residents of the "
                "destroyed entrance would be given new flats. Investigators opened a criminal case over gas "
                "services that did not meet safety requirements.",
            ),
        ],
    ),
    "magnitogorsk-gas-blast": (
        "2018-12-31",
        [
            (
                "Steppe Herald",
                "Gas blast collapses Magnitogorsk apartment block on New Year's Eve",
                "A gas explosion brought down part of a ten-storey apartment building in the steel city of "
                "Magnitogorsk in the Chelyabinsk region early on Monday, killing at least four people, "
                "officials said. Dozens were missing as temperatures fell to minus 20. President Vladimir "
                "Putin flew to the city and visited the injured in hospital.",
            ),
            (
                "World Brief",
                "Baby found alive after 35 hours in Magnitogorsk rubble",
                "Rescuers pulled an 11-month-old boy alive from the ruins of an apartment block in "
                "Magnitogorsk on Tuesday, more than a day after a gas explosion destroyed an entrance of 48 "
                "flats. The death toll rose to 39. Chelyabinsk governor Boris Dubrovsky said the building "
                "could not be restored and residents would be rehoused.",
            ),
        ],
    ),
    "rublev-madrid": (
        "2024-05-05",
        [
            (
                "Sports Wire",
                "Rublev beats Auger-Aliassime to win Madrid Open",
                "Andrey Rublev won the Madrid Open on Sunday, coming from a set down to beat Felix "
                "Auger-Aliassime 4-6 7-5 7-5 for his second Masters 1000 title. The Russian, who said he had "
                "been ill with a fever for most of the week, broke serve in the final game. Auger-Aliassime "
                "had reached the final after Jiri Lehecka retired injured.",
            ),
            (
                "The Sports Desk",
                "Feverish Rublev fights through to Madrid crown",
                "Andrey Rublev collected the biggest title of his career in Madrid despite barely eating "
                "for days, he told reporters. 'I was sleeping four hours, my throat was killing me,' the "
                "26-year-old said after the three-set final against the Canadian. The win lifts him back to "
                "No. 6 in the rankings.",
            ),
        ],
    ),
    "medvedev-miami": (
        "2023-04-02",
        [
            (
                "Sports Wire",
                "Medvedev beats Sinner to claim Miami Open title",
                "Daniil Medvedev won the Miami Open on Sunday, beating Jannik Sinner 7-5 6-3 for his fourth "
                "title of the season and his first in Miami. The Russian extended his winning run to 24 "
                "matches out of 25 since February. Sinner, who had beaten Carlos Alcaraz in the semi-finals, "
                "struggled physically in the second set.",
            ),
            (
                "Tennis Notes",
                "Medvedev completes Miami title, fourth of 2023",
                "Daniil Medvedev added the Miami Open to his titles in Rotterdam, Doha and Dubai, winning "
                "a final against the Italian in straight sets. 'I am playing some of my best tennis,' the "
                "27-year-old said. The result returns him to No. 4 in the world rankings.",
            ),
        ],
    ),
}
