/// Regions, provinces and states that news mentions without a country: French regions and
/// departments, US states, Ukrainian and Russian oblasts, and some famous areas.
enum Regions {
    /// Region names, French and English spellings.
    static let names: [String] = [
        // France.
        "Île-de-France", "Bretagne", "Normandie", "Alsace", "Lorraine", "Provence", "Corse",
        "Occitanie", "Aquitaine", "Nouvelle-Aquitaine", "Auvergne", "Bourgogne", "Champagne",
        "Picardie", "Savoie", "Haute-Savoie", "Drôme", "Isère", "Gironde", "Vendée", "Dordogne",
        "Ardèche", "Bouches-du-Rhône", "Hérault", "Gard", "Pas-de-Calais", "Somme",
        "Moselle", "Bas-Rhin", "Haut-Rhin", "Finistère", "Morbihan", "Loire-Atlantique",
        "Seine-Saint-Denis", "Val-de-Marne", "Hauts-de-Seine", "Essonne", "Yvelines", "Val-d’Oise",
        "Seine-et-Marne", "Hauts-de-France", "Grand Est", "Pays de la Loire", "Centre-Val de Loire",
        "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d’Azur", "Côte d’Azur", "Languedoc",
        "Roussillon", "Limousin", "Poitou", "Charente", "Pyrénées", "Alpes", "Jura", "Vosges",
        "Massif central", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
        "Nouvelle-Calédonie", "Polynésie française", "Wallonie", "Flandre", "Bruxelles-Capitale",
        "Québec", "Ontario", "Colombie-Britannique", "Alberta", "Catalogne", "Andalousie",
        "Bavière", "Toscane", "Sicile", "Sardaigne", "Lombardie",
        // Ukraine and Russia.
        "Koursk", "Kursk", "Belgorod", "Briansk", "Bryansk", "Donetsk", "Louhansk", "Luhansk",
        "Lougansk", "Kherson", "Zaporijjia", "Zaporijia", "Zaporizhzhia", "Kharkiv", "Kharkov",
        "Dnipro", "Soumy", "Sumy", "Tchernihiv", "Chernihiv", "Mykolaïv", "Mykolaiv", "Odessa",
        "Odesa", "Marioupol", "Mariupol", "Bakhmout", "Bakhmut", "Avdiïvka", "Avdiivka",
        "Pokrovsk", "Daghestan", "Tatarstan", "Bachkirie", "Iakoutie", "Kamtchatka", "Carélie",
        "Transnistrie", "Abkhazie", "Ossétie du Sud", "Haut-Karabakh", "Donbas",
        // United States.
        "Californie", "California", "Texas", "Floride", "Florida", "New York", "Géorgie",
        "Pennsylvanie", "Pennsylvania", "Ohio", "Michigan", "Arizona", "Nevada", "Wisconsin",
        "Caroline du Nord", "North Carolina", "Caroline du Sud", "South Carolina", "Virginie",
        "Virginia", "Alaska", "Hawaï", "Hawaii", "Louisiane", "Louisiana", "Illinois",
        "Massachusetts", "Minnesota", "Colorado", "Oregon", "Utah", "Iowa", "Kansas", "Kentucky",
        "Alabama", "Mississippi", "Missouri", "Tennessee", "Oklahoma", "Nebraska", "Maryland",
        "New Jersey", "Connecticut", "Montana", "Idaho", "Wyoming", "Vermont", "Maine",
        "Nouveau-Mexique", "New Mexico", "Dakota du Nord", "Dakota du Sud",
        // Elsewhere.
        "Xinjiang", "Hong Kong", "Macao", "Cachemire", "Kashmir", "Pendjab", "Punjab",
        "Darfour", "Darfur", "Kivu", "Nord-Kivu", "Sud-Kivu", "Ituri", "Sinaï", "Sinai",
        "Golan", "Hébron", "Idlib", "Alep", "Aleppo", "Raqqa", "Mossoul", "Mosul", "Kandahar",
        "Helmand", "Patagonie", "Amazonie", "Sahara", "Méditerranée", "Atlantique", "Pacifique",
        "mer Noire", "mer Rouge", "mer Baltique", "Baltique", "Rhin", "Danube", "Seine",
        "Loire", "Rhône", "Garonne", "Dniepr", "Nil", "Gange", "Himalaya", "Mont Blanc",
    ]
}
