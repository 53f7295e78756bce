"""Expected facts for the test articles in ``articles/`` (written for these tests, in our own words).

Each row: file name, expected postings (employer, title, pay as text), labour actions
(union, started ISO date or month or None), and counts of the other fact types.
"""

CASES = [
    (
        "01_range_conversion.txt",
        [("Netflix", "Product Manager – Machine Learning Platform", "$300,000 to $900,000 a year")],
        [("WGA", "2023-05-02"), ("SAG-AFTRA", "2023-07-14")],
        {},
    ),
    (
        "02_pounds_only.txt",
        [("Netflix", "AI product manager", "£698,900 a year")],
        [("SAG-AFTRA", None)],
        {},
    ),
    ("03_no_header_since_14_july.txt", [], [("SAG-AFTRA", None)], {}),
    ("04_respectively.txt", [], [("WGA", "2023-05"), ("SAG-AFTRA", "2023-07")], {}),
    ("05_rebuttal.txt", [], [("SAG-AFTRA", None)], {"likeness_proposals": 2}),
    (
        "06_restated_count.txt",
        [("Netflix", "AI product manager", "$900,000 a year")],
        [],
        {"comparisons": 1},
    ),
    (
        "07_hourly_study.txt",
        [("Realeyes", None, "$150 an hour")],
        [("WGA", None), ("SAG-AFTRA", None)],
        {},
    ),
    (
        "08_second_posting.txt",
        [
            ("Netflix", "AI product manager", "$900,000 a year"),
            ("Netflix", "technical director", None),
        ],
        [("WGA", "2023-05-02")],
        {},
    ),
    ("09_quote_with_numbers.txt", [], [("SAG-AFTRA", "2023-07-14")], {"quotes": 1}),
    (
        "10_disney_and_show.txt",
        [("Disney", "senior AI engineer", None)],
        [("SAG-AFTRA", None)],
        {"productions": 1, "quotes": 1},
    ),
    (
        "11_trade_press.txt",
        [
            (
                "Netflix",
                "Product Manager – Machine Learning Platform",
                "$300,000 to $900,000 a year",
            ),
            ("Disney", "senior AI engineer", None),
        ],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"likeness_proposals": 1, "comparisons": 1, "quotes": 1, "precedents": 1},
    ),
    (
        "12_uk_daily.txt",
        [("Netflix", "artificial intelligence specialist", "£700,000 a year")],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"likeness_proposals": 2, "comparisons": 1, "quotes": 1, "precedents": 1},
    ),
    (
        "13_tech_site.txt",
        [
            ("Netflix", "Product Manager – Machine Learning Platform", "$900,000 a year"),
            ("Realeyes", None, "$150 an hour"),
        ],
        [("SAG-AFTRA", "2023-07-13"), ("WGA", "2023-05")],
        {"productions": 1, "quotes": 1, "precedents": 1},
    ),
    (
        "14_wire.txt",
        [
            ("Disney", "senior AI engineer", None),
            ("Amazon", "machine learning scientist", "$650,000 a year"),
            ("Netflix", "product manager", "$900,000"),
        ],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        # the union's account, and the AMPTP's answer ("called that characterisation false,
        # saying consent would be required ...")
        {"likeness_proposals": 2},
    ),
    (
        "15_rupees.txt",
        [("Netflix", "machine learning product manager", "₹74,000,000 a year")],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"likeness_proposals": 1, "comparisons": 1},
    ),
    # a strike it may call (no action) beside the one that is on, told of by "its members"
    ("16_voice_actors.txt", [], [("SAG-AFTRA", "2023-07-14")], {}),
    (
        "17_roundup.txt",
        [
            ("Netflix", "AI product manager", "$900,000 a year"),
            ("Realeyes", None, "$300 for 2 hours"),
        ],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"comparisons": 1, "productions": 1, "quotes": 2},  # a member's words, the listing's
    ),
    (
        "18_business_magazine.txt",
        [
            ("Netflix", "product manager", "$300,000 to $900,000 a year"),
            ("Netflix", "technical director", "$650,000 a year"),  # "has posted other ... roles"
        ],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        # the union's account and the rebuttal; a claim after the plan's sentence; a quotation
        # that goes on
        {"likeness_proposals": 2, "comparisons": 1, "quotes": 2, "precedents": 1},
    ),
    (
        "19_live_blog.txt",
        [("Netflix", "AI product manager", "$900,000 a year")],  # the pay from "The listing offers"
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"likeness_proposals": 1, "quotes": 1, "precedents": 1},
    ),
    (
        "20_wire_dateline.txt",
        [("Netflix", "manager", "$900,000 a year")],
        [
            ("SAG-AFTRA", "2023-07-14"),
            ("WGA", "2023-05-02"),
        ],  # "The guild's ... members walked out"
        {"likeness_proposals": 1, "quotes": 1},
    ),
    (
        "21_tabloid.txt",  # no date header: no start dates, and "in 63 years" is no year
        [("Netflix", None, "£700,000 a year")],
        [("SAG-AFTRA", None), ("WGA", None)],
        {"likeness_proposals": 1, "comparisons": 1},
    ),
    (
        "22_opinion.txt",
        [("Netflix", "machine learning product manager", "$900,000")],
        [("SAG-AFTRA", None)],
        {},
    ),
    (
        "23_newsletter.txt",  # each posting's employer is named in the sentence before
        [
            ("Netflix", "Product Manager", "$900,000 a year"),
            ("Disney", "senior AI engineer", None),
            ("Realeyes", None, "$300"),
        ],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"quotes": 1},
    ),
    # after the strikes: the WGA's end (September 27) is no start
    (
        "24_strike_ends.txt",
        [],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", None)],
        {"likeness_proposals": 1},
    ),
    (
        "25_entertainment_trade.txt",  # the title quoted after a dash; "he told ..." after a quote
        [("Netflix", "Product Manager, Machine Learning Platform", "$300,000 to $900,000 a year")],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", "2023-05-02")],
        {"likeness_proposals": 2, "comparisons": 1, "quotes": 2},  # the member's, the listing's
    ),
    (
        "26_timeline.txt",  # dates heading a timeline's lines; "votes to strike" is no start
        [("Netflix", "AI product manager", "$900,000 a year")],
        [("WGA", "2023-05-02"), ("SAG-AFTRA", "2023-07-14")],
        {"productions": 1, "precedents": 1},
    ),
    (
        "27_press_release.txt",  # "Today, the members ... begin a strike" under a dateline
        [],
        [("SAG-AFTRA", "2023-07-14"), ("WGA", None)],
        {"likeness_proposals": 1},
    ),
]

UNRELATED = [
    "unrelated_car_strike.txt",
    "unrelated_salary_survey.txt",
    "unrelated_film_history.txt",
    "unrelated_layoffs.txt",  # job cuts, a games division hiring, a strike vote to come
    "unrelated_equity.txt",  # a British union's ballot; SAG-AFTRA named only in passing
]
