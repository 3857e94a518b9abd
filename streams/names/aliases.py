"""Names of one body that share no letters: acronyms in other languages and translations.

Initials are matched by rule in `streams.names.match`; this table covers what a rule cannot
(ODKB is the Russian acronym of the CSTO, OTAN the French and Spanish one of NATO). Each row
is one body; its first entry is the preferred display name.
"""

from streams.names.canonical import name_key

ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Collective Security Treaty Organization", "CSTO", "ODKB", "OTSC"),
    ("National Security Committee", "KNB", "NSC"),
    ("Federal Security Service", "FSB"),
    ("Ministry of Internal Affairs", "Interior Ministry", "Ministry of Interior", "MVD"),
    ("Ministry of Defence", "Ministry of Defense", "Defence Ministry", "Defense Ministry", "MoD"),
    ("Ministry of Foreign Affairs", "Foreign Ministry", "MFA", "MID"),
    ("North Atlantic Treaty Organization", "NATO", "OTAN"),
    ("United Nations", "UN", "ONU", "OON", "U.N."),
    ("UN Security Council", "United Nations Security Council", "UNSC"),
    ("UN Human Rights Council", "United Nations Human Rights Council", "UNHRC"),
    ("UN High Commissioner for Refugees", "UNHCR", "UN Refugee Agency"),
    ("UN Children's Fund", "UNICEF", "United Nations Children's Fund"),
    ("Office of the UN High Commissioner for Human Rights", "OHCHR", "UN Human Rights Office"),
    ("World Health Organization", "WHO", "OMS"),
    ("International Committee of the Red Cross", "ICRC", "CICR", "Red Cross"),
    ("International Federation of Red Cross and Red Crescent Societies", "IFRC"),
    ("Red Crescent", "Red Crescent Society"),
    ("Doctors Without Borders", "Médecins Sans Frontières", "MSF", "Medecins Sans Frontieres"),
    ("Amnesty International", "Amnesty"),
    ("Human Rights Watch", "HRW"),
    ("European Union", "EU", "UE"),
    ("African Union", "AU", "UA"),
    ("Economic Community of West African States", "ECOWAS", "CEDEAO"),
    ("Organization for Security and Co-operation in Europe", "OSCE", "OBSE", "OSZE"),
    ("Shanghai Cooperation Organisation", "SCO", "ShOS"),
    ("Commonwealth of Independent States", "CIS", "SNG"),
    ("International Criminal Court", "ICC", "CPI"),
    ("International Monetary Fund", "IMF", "FMI"),
    ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Sepah"),
    ("Rapid Support Forces", "RSF"),
    ("Sudanese Armed Forces", "SAF"),
    ("Israel Defense Forces", "IDF", "Tsahal"),
    ("Committee to Protect Journalists", "CPJ"),
    ("Reporters Without Borders", "Reporters Sans Frontières"),
    ("Office for the Coordination of Humanitarian Affairs", "OCHA", "UN OCHA"),
    ("World Food Programme", "WFP", "PAM"),
)

_GROUP_OF: dict[str, int] = {
    name_key(alias): index for index, group in enumerate(ALIAS_GROUPS) for alias in group
}


def alias_group(name: str) -> int | None:
    """The row of ALIAS_GROUPS the name belongs to, or None."""
    return _GROUP_OF.get(name_key(name))
