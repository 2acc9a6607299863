//! Document-level actor context: the country a document is about, used to
//! complete actors named by their role alone ("the minister", "Judge
//! Rivera", "police": `---GOV`, `---JUD`, `---COP`).
//!
//! A careful coder reading "Judge Rivera opened investigations against
//! Chilean officials" or "President dos Santos conceded to UNITA's demands"
//! codes the judge as Chilean and the president as Angolan: the document
//! names one country and nothing suggests another. PLOVER's gold standard
//! codes such actors the same way. The rule here is deliberately narrow:
//!
//! - the country is the one country (state, territory or CAMEO special
//!   code) the sentence names, else the document's: the one it names, or
//!   one named at least three times, twice as often as any other and in 60%
//!   of the mentions of countries; regions, IGOs, NGOs and historical
//!   states do not count;
//! - roles often filled by foreigners (refugees, aid and rights groups,
//!   journalists, companies) are never completed; a target only when the
//!   source has no country or is a role that just took it;
//! - "ethnic Albanians" are placed in the state they live in (the sentence's
//!   or document's other country, else the other party's), not in Albania;
//! - only role-only actors (`---` codes) built from our tacdict dictionaries
//!   are completed, so coding with PETRARCH's dictionaries stays PETRARCH's;
//! - when the other party of the event belongs to that same country, a role
//!   is completed only if it is domestic by nature (courts, police,
//!   parliament, opposition, rebels, civilians...) or the other party is not
//!   the state: "the minister criticized Israel", in a text naming only
//!   Israel, is most likely a foreign minister and stays `---GOV`.

use crate::actors::make_mention;
use crate::sentence::SentenceEvent;
use chrono::NaiveDate;
use tacitus_core::ontology::CountryKind;
use tacitus_core::{ActorMention, Span};
use tacitus_dict::{CompiledDictionaries, code_at};

/// Provenance note of a completed actor.
pub const CONTEXT_NOTE: &str = "document context: an actor named by its role alone was given the country the document is about";

/// Sectors whose actors act for the state towards the outside world: a
/// bare role of this kind is not assumed to belong to the other party's
/// country.
const OUTWARD_SECTORS: &[&str] = &["GOV", "MIL", "SPY", "MED"];

/// Roles often filled by foreigners (refugees, aid and rights groups,
/// journalists, companies, inspectors of IGOs): never completed.
const TRANSNATIONAL_SECTORS: &[&str] = &["REF", "NGO", "HRI", "MED", "BUS", "MNC", "IGO", "UNO"];

/// The country a text is about, from its actor mentions: the one country
/// they name, or one named at least three times, at least twice as often as
/// any other and in at least 60% of the mentions of countries.
pub fn dominant_country(mentions: &[ActorMention]) -> Option<String> {
    dominant_country_except(mentions, None)
}

/// [`dominant_country`] without the mentions of `except` (an ethnic
/// group's own people, when looking for the state it lives in). Ethnic
/// groups never count: "ethnic Albanians" do not make a text about Albania.
fn dominant_country_except(mentions: &[ActorMention], except: Option<&str>) -> Option<String> {
    let counts = country_counts(mentions, except);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    match counts.as_slice() {
        [] => None,
        [(only, _)] => Some(only.clone()),
        [(top, n), (_, second), ..] if *n >= 3 && *n >= 2 * *second && 5 * *n >= 3 * total => {
            Some(top.clone())
        }
        _ => None,
    }
}

/// Mentions per country (states, territories, special codes), most first.
fn country_counts(mentions: &[ActorMention], except: Option<&str>) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    // News outlets ("told CNN", "TASS reported") say where the story was
    // published, not what it is about.
    let counted = |m: &&ActorMention| !is_ethnic(m) && m.sector.as_deref() != Some("MED");
    for m in mentions.iter().filter(counted) {
        let Some(c) = m
            .country
            .as_deref()
            .filter(|c| is_place_country(c) && Some(*c) != except)
        else {
            continue;
        };
        match counts.iter_mut().find(|(k, _)| k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c.to_string(), 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

/// True for a code naming a present-day country or territory.
fn is_place_country(code: &str) -> bool {
    tacitus_core::ontology::actors::country(code).is_some_and(|c| {
        matches!(
            c.kind,
            CountryKind::State | CountryKind::Territory | CountryKind::Special
        )
    })
}

/// The actor mentions of each sentence of a document: `(sentence index,
/// mentions)`, as the coder found them.
pub type SentenceMentions<'a> = [(usize, &'a [ActorMention])];

/// Completes the role-only sources and targets of a document's events
/// (`(sentence index, event)`) with the country of their sentence (the one
/// country it names) or else of the document; places ethnic groups in the
/// state they live in. Returns how many events changed.
///
/// `document` holds the actor names of the whole text ([`text_mentions`]):
/// read from the text itself, not from the analyzed sentences, so that the
/// pipeline's sentence pre-check (which analyzes only sentences that may
/// yield events) cannot change the document's country.
pub fn complete_actors(
    events: &mut [(usize, SentenceEvent)],
    sentences: &SentenceMentions,
    document: &[ActorMention],
) -> usize {
    let all = document;
    let here = |s: usize| -> &[ActorMention] {
        sentences
            .iter()
            .find(|(i, _)| *i == s)
            .map_or(&[][..], |(_, m)| *m)
    };
    let mut done = 0;
    // Ethnic groups first; a code once moved ("ALBCVL" -> "MKDCVL") moves
    // for the same group named again by a pronoun ("until they gain ...").
    let mut moved_codes: Vec<(String, String)> = Vec::new();
    for (s, e) in events.iter_mut() {
        let texts = [here(*s), all];
        let mut moved = relocate_ethnic(&mut e.source, e.target.as_ref(), &texts, &mut moved_codes);
        if let Some(t) = e.target.as_mut() {
            moved |= relocate_ethnic(t, Some(&e.source), &texts, &mut moved_codes);
        }
        if moved {
            done += 1;
            note(&mut e.notes, ETHNIC_NOTE);
        }
    }
    for (_, e) in events.iter_mut() {
        let mut moved = false;
        for m in std::iter::once(&mut e.source).chain(e.target.as_mut()) {
            if let Some((_, to)) = moved_codes.iter().find(|(from, _)| *from == m.code)
                && from_tacdict(m)
            {
                let host = to[..3].to_string();
                set_country(m, &host);
                moved = true;
            }
        }
        if moved {
            done += 1;
            note(&mut e.notes, ETHNIC_NOTE);
        }
    }
    let document = dominant_country(all);
    for (s, e) in events.iter_mut() {
        // The one country the sentence names, else the document's.
        let sentence = match country_counts(here(*s), None).as_slice() {
            [(only, _)] => Some(only.clone()),
            _ => None,
        };
        let candidates = |role: &ActorMention| -> Vec<String> {
            if is_outward(role) {
                // A government or army role in a sentence naming some
                // country is often a foreign one talking about it ("the
                // chancellor said sanctions against Moscow ..."): only
                // when the sentence and the document agree.
                match (&sentence, &document) {
                    (Some(a), Some(b)) if a == b => vec![a.clone()],
                    (None, Some(b)) if country_counts(here(*s), None).is_empty() => {
                        vec![b.clone()]
                    }
                    _ => Vec::new(),
                }
            } else {
                sentence.iter().chain(document.iter()).cloned().collect()
            }
        };
        let mut changed = false;
        if is_role_only(&e.source)
            && let Some(country) = candidates(&e.source)
                .into_iter()
                .find(|c| may_take(&e.source, e.target.as_ref(), c))
        {
            set_country(&mut e.source, &country);
            changed = true;
        }
        // A target takes a country only with a source that has none, or
        // whose role just took it ("police arrested protesters", "the
        // minister accused the opposition"): "Turkish forces arrested
        // people" or "Israel struck militants" say nothing of the people's
        // or the militants' country.
        let source_country = e.source.country.clone();
        if let Some(t) = e.target.as_mut()
            && is_role_only(t)
            && let Some(country) = match &source_country {
                None => candidates(t).into_iter().next(),
                Some(c) if changed => Some(c.clone()),
                Some(_) => None,
            }
        {
            set_country(t, &country);
            changed = true;
        }
        if changed {
            done += 1;
            note(&mut e.notes, CONTEXT_NOTE);
        }
    }
    done
}

/// The actor names of a whole text, found by our actor dictionaries on a
/// plain split of the text into words (no analysis: possessive `'s` and
/// surrounding punctuation split off, a final period tried both ways). Only
/// tacdict actors with a code at `date`; a name right after "ethnic" keeps
/// that word in its text (see [`complete_actors`]).
pub fn text_mentions(
    dicts: &CompiledDictionaries,
    text: &str,
    date: Option<NaiveDate>,
) -> Vec<ActorMention> {
    let words = plain_words(text);
    let lower: Vec<String> = words.iter().map(|w| w.1.to_lowercase()).collect();
    let exact: Vec<String> = words.iter().map(|w| format!("={}", w.1)).collect();
    let bare: Vec<&str> = lower
        .iter()
        .map(|w| {
            w.strip_suffix('.')
                .filter(|b| !b.contains('.'))
                .unwrap_or(w)
        })
        .collect();
    let n = words.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let alts = |k: usize| [lower[k].as_str(), exact[k].as_str(), bare[k]];
        let Some(m) = dicts.actor_trie.longest_at(i, n, alts) else {
            i += 1;
            continue;
        };
        let len = m.len.max(1);
        if let Some(entry) = dicts.actors.get(m.values[0] as usize)
            && entry.entry.dictionary.ends_with(".tac")
            && let Some(code) = code_at(&entry.codes, date)
        {
            let ethnic = i > 0 && lower[i - 1] == "ethnic";
            let start = if ethnic { words[i - 1].0 } else { words[i].0 };
            let last = &words[i + len - 1];
            let span = Span::new(start, last.0 + last.1.len());
            out.push(make_mention(
                code.code.clone(),
                span,
                text,
                vec![entry.entry.clone()],
            ));
        }
        i += len;
    }
    out
}

/// Words of a text with their byte offsets, split on white space, with
/// leading and trailing punctuation and a possessive `'s` split off.
fn plain_words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += chunk.len();
        let trimmed = chunk.trim_end();
        let lead = trimmed.len() - trimmed.trim_start_matches(is_edge_punct).len();
        let mut word = &trimmed[lead..];
        word = word.trim_end_matches(|c: char| is_edge_punct(c) && c != '.');
        let possessive = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|p| word.strip_suffix(p).map(|w| (w, &word[w.len()..])));
        match possessive {
            Some((w, poss)) if !w.is_empty() => {
                out.push((start + lead, w));
                out.push((start + lead + w.len(), poss));
            }
            _ if !word.is_empty() => out.push((start + lead, word)),
            _ => {}
        }
    }
    out
}

fn is_edge_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | ')'
            | '['
            | ']'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{2018}'
            | '\u{2019}'
    )
}

fn note(notes: &mut Vec<String>, text: &str) {
    if !notes.iter().any(|n| n == text) {
        notes.push(text.to_string());
    }
}

/// Provenance note of an ethnic group placed in the state it lives in.
pub const ETHNIC_NOTE: &str = "document context: an ethnic group (\"ethnic X\") was given the country it lives in, not the state of its name";

/// True for a mention of an ethnic group ("ethnic Albanians").
fn is_ethnic(m: &ActorMention) -> bool {
    m.text
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("ethnic "))
}

/// Gives an ethnic group the state it lives in: the sentence's or the
/// document's country other than the group's own, else the other party's ("ethnic Turks
/// protest against Sweden's decision" -> SWE). True when it moved.
fn relocate_ethnic(
    m: &mut ActorMention,
    other: Option<&ActorMention>,
    texts: &[&[ActorMention]; 2],
    moved_codes: &mut Vec<(String, String)>,
) -> bool {
    let Some(own) = m.country.clone().filter(|_| is_ethnic(m)) else {
        return false;
    };
    if !from_tacdict(m) {
        return false;
    }
    let host = dominant_country_except(texts[0], Some(&own))
        .or_else(|| dominant_country_except(texts[1], Some(&own)))
        .or_else(|| {
            other
                .and_then(|o| o.country.clone())
                .filter(|c| *c != own && is_place_country(c))
        });
    match host {
        Some(host) => {
            let from = m.code.clone();
            set_country(m, &host);
            if !moved_codes.iter().any(|(f, _)| *f == from) {
                moved_codes.push((from, m.code.clone()));
            }
            true
        }
        None => false,
    }
}

/// A mention whose first entry comes from a tacdict (`.tac`) dictionary.
fn from_tacdict(m: &ActorMention) -> bool {
    m.entries
        .first()
        .is_some_and(|e| e.dictionary.ends_with(".tac"))
}

/// May a role-only `actor` take `country`, given the other party?
fn may_take(actor: &ActorMention, other: Option<&ActorMention>, country: &str) -> bool {
    let Some(other) = other else { return true };
    if other.country.as_deref() != Some(country) {
        return true;
    }
    // Same country as the other party: a domestic role, or a non-state
    // other party ("conceded to UNITA's demands").
    !is_outward(actor) || !is_state(other)
}

fn is_outward(m: &ActorMention) -> bool {
    m.sector
        .as_deref()
        .is_some_and(|s| OUTWARD_SECTORS.contains(&s))
}

/// The state itself or one of its outward arms (`ISR`, `ISRGOV`, `ISRMIL`).
fn is_state(m: &ActorMention) -> bool {
    m.code.len() == 3 || is_outward(m)
}

/// A `---` actor (a role without a country) built from tacdict entries only.
fn is_role_only(m: &ActorMention) -> bool {
    m.code.starts_with("---")
        && m.country.is_none()
        && !TRANSNATIONAL_SECTORS
            .iter()
            .any(|s| m.code.get(3..).is_some_and(|rest| rest.contains(s)))
        && !m.entries.is_empty()
        && m.entries.iter().all(|e| e.dictionary.ends_with(".tac"))
}

fn set_country(m: &mut ActorMention, country: &str) {
    m.code = format!("{country}{}", &m.code[3..]);
    m.country = Some(country.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use tacitus_core::{DictionaryEntryRef, EventFlags, Span};

    fn mention(code: &str) -> ActorMention {
        let country = code.get(..3).filter(|c| *c != "---").map(str::to_string);
        ActorMention {
            code: code.to_string(),
            country,
            sector: code.get(3..6).map(str::to_string),
            text: String::new(),
            span: Span::new(0, 0),
            entries: vec![DictionaryEntryRef {
                dictionary: "builtin:agents/government.tac".into(),
                line: Some(1),
                id: Some("AGT.TEST".into()),
                text: String::new(),
            }],
        }
    }

    fn event(source: &str, target: Option<&str>) -> (usize, SentenceEvent) {
        (
            0,
            SentenceEvent {
                source: mention(source),
                target: target.map(mention),
                cameo: "090".into(),
                flags: EventFlags::default(),
                trigger_span: Span::new(0, 0),
                pattern: None,
                notes: Vec::new(),
            },
        )
    }

    /// A one-sentence document.
    fn run(evs: &mut [(usize, SentenceEvent)], mentions: &[ActorMention]) -> usize {
        complete_actors(evs, &[(0, mentions)], mentions)
    }

    /// The document's names: here, those of its sentences.
    fn flat(doc: &[(usize, &[ActorMention])]) -> Vec<ActorMention> {
        doc.iter().flat_map(|(_, m)| m.iter().cloned()).collect()
    }

    fn codes(e: &(usize, SentenceEvent)) -> (String, Option<String>) {
        (
            e.1.source.code.clone(),
            e.1.target.as_ref().map(|t| t.code.clone()),
        )
    }

    #[test]
    fn one_country_or_a_clear_majority_is_the_documents_country() {
        let m = |c: &str| mention(c);
        assert_eq!(dominant_country(&[m("CHLGOV")]).as_deref(), Some("CHL"));
        assert_eq!(dominant_country(&[m("FRA"), m("ROU")]), None);
        assert_eq!(
            dominant_country(&[m("KEN"), m("KENGOV"), m("KENCOP"), m("UGA")]).as_deref(),
            Some("KEN")
        );
        assert_eq!(dominant_country(&[m("KEN"), m("KENGOV"), m("UGA")]), None);
        // IGOs and regions are not the country a text is about.
        assert_eq!(
            dominant_country(&[m("IGOUNO"), m("SYR")]).as_deref(),
            Some("SYR")
        );
        assert_eq!(dominant_country(&[m("---GOV"), m("IGOUNO")]), None);
    }

    #[test]
    fn domestic_roles_take_the_country_foreign_looking_ones_do_not() {
        // "Judge Rivera opened investigations against Chilean officials".
        let mut evs = vec![event("---JUD", Some("CHLGOV"))];
        assert_eq!(run(&mut evs, &[mention("CHLGOV")]), 1);
        assert_eq!(codes(&evs[0]), ("CHLJUD".into(), Some("CHLGOV".into())));
        assert!(evs[0].1.notes.iter().any(|n| n == CONTEXT_NOTE));
        // "The president conceded to UNITA": the other party is not the state.
        let mut evs = vec![event("---GOV", Some("AGOREB"))];
        run(&mut evs, &[mention("AGOREB")]);
        assert_eq!(codes(&evs[0]).0, "AGOGOV");
        // "The minister criticized Israel": most likely not Israel's minister.
        let mut evs = vec![event("---GOV", Some("ISR"))];
        assert_eq!(run(&mut evs, &[mention("ISR")]), 0);
        assert_eq!(codes(&evs[0]).0, "---GOV");
        // "Israel struck militants": the militants' country is not implied.
        let mut evs = vec![event("ISRMIL", Some("---REB"))];
        assert_eq!(run(&mut evs, &[mention("ISRMIL")]), 0);
        // A role acting on a foreign party takes the document's country.
        let mut evs = vec![event("---GOV", Some("IGOUNO"))];
        run(&mut evs, &[mention("KEN"), mention("IGOUNO")]);
        assert_eq!(codes(&evs[0]).0, "KENGOV");
        // Aid workers and refugees are often foreigners: left alone.
        let mut evs = vec![
            event("IGOUNO", Some("---NGO")),
            event("---REF", Some("KENGOV")),
        ];
        assert_eq!(run(&mut evs, &[mention("KEN")]), 0);
        // No country at all: nothing to complete.
        let mut evs = vec![event("---GOV", Some("---REB"))];
        assert_eq!(run(&mut evs, &[]), 0);
    }

    #[test]
    fn ethnic_groups_live_in_the_documents_or_the_other_partys_state() {
        let ethnic = |code: &str, text: &str| ActorMention {
            text: text.to_string(),
            ..mention(code)
        };
        // "Up to 1,000 ethnic Turks began a hunger strike to protest against
        // Sweden's decision to send them back to Bulgaria": no dominant
        // country, so the state they protest against.
        let mut evs = vec![event("TURCVL", Some("SWE"))];
        evs[0].1.source.text = "ethnic Turks".into();
        let mentions = [
            ethnic("TURCVL", "ethnic Turks"),
            mention("SWE"),
            mention("BGR"),
        ];
        assert_eq!(run(&mut evs, &mentions), 1);
        assert_eq!(codes(&evs[0]).0, "SWECVL");
        assert!(evs[0].1.notes.iter().any(|n| n == ETHNIC_NOTE));
        // A document about Kosovo, naming the group three times.
        let mentions = [
            ethnic("ALBCVL", "Ethnic Albanians"),
            ethnic("ALBCVL", "ethnic Albanian"),
            ethnic("ALBREB", "ethnic Albanian rebels"),
            mention("KSV"),
        ];
        assert_eq!(dominant_country(&mentions).as_deref(), Some("KSV"));
        let mut evs = vec![event("ALBREB", Some("SRBCOP"))];
        evs[0].1.source.text = "ethnic Albanian rebels".into();
        run(&mut evs, &mentions);
        assert_eq!(codes(&evs[0]).0, "KSVREB");
        // The same group named again by a pronoun moves with it.
        let mut evs = vec![
            event("ALBCVL", Some("MKDGOV")),
            event("ALBCVL", Some("MKD")),
        ];
        evs[0].1.source.text = "Ethnic Albanians".into();
        evs[1].1.source.text = "they".into();
        let mentions = [
            ethnic("ALBCVL", "Ethnic Albanians"),
            mention("MKD"),
            mention("BGR"),
        ];
        assert_eq!(run(&mut evs, &mentions), 2);
        assert_eq!(codes(&evs[1]).0, "MKDCVL");
        // The state itself is not an ethnic group.
        let mut evs = vec![event("ALB", Some("MKD"))];
        evs[0].1.source.text = "Albania".into();
        assert_eq!(run(&mut evs, &[mention("ALB"), mention("MKD")]), 0);
    }

    #[test]
    fn the_sentences_country_comes_before_the_documents() {
        let m = |c: &str| mention(c);
        let russia = [m("RUS"), m("RUSGOV"), m("RUS"), m("RUSGOV")];
        let turkey = [m("TURCOP")];
        let kenya_isr = [m("ISR")];
        let nothing: [ActorMention; 0] = [];
        let doc: Vec<(usize, &[ActorMention])> =
            vec![(0, &russia), (1, &turkey), (2, &kenya_isr), (3, &nothing)];
        // "Turkish security forces arrested nearly 800 people": the people
        // take no country from a document about Russia.
        let mut evs = vec![(1, event("TURCOP", Some("---CVL")).1)];
        assert_eq!(complete_actors(&mut evs, &doc, &flat(&doc)), 0);
        // "The minister criticized Israel": not Israel's minister, and
        // perhaps not Russia's either: left alone.
        let mut evs = vec![(2, event("---GOV", Some("ISR")).1)];
        assert_eq!(complete_actors(&mut evs, &doc, &flat(&doc)), 0);
        // "The chancellor said the sanctions against Moscow stay": a
        // government role takes a sentence's country only when the
        // document is about it too.
        let germany_doc = [m("DEU"), m("DEUGOV"), m("DEU")];
        let about_moscow = [m("RUS")];
        let doc2: Vec<(usize, &[ActorMention])> = vec![(0, &germany_doc), (1, &about_moscow)];
        let mut evs = vec![(1, event("---GOV", Some("---MED")).1)];
        assert_eq!(complete_actors(&mut evs, &doc2, &flat(&doc2)), 0);
        // With no country in its sentence, the document's.
        let mut evs = vec![(3, event("---GOV", Some("---MED")).1)];
        let doc3: Vec<(usize, &[ActorMention])> = vec![(0, &germany_doc), (3, &nothing)];
        complete_actors(&mut evs, &doc3, &flat(&doc3));
        assert_eq!(codes(&evs[0]).0, "DEUGOV");
        // A sentence naming no country: the document's, for both roles.
        let mut evs = vec![(3, event("---COP", Some("---OPP")).1)];
        complete_actors(&mut evs, &doc, &flat(&doc));
        assert_eq!(codes(&evs[0]), ("RUSCOP".into(), Some("RUSOPP".into())));
        // News outlets do not count.
        assert_eq!(
            dominant_country(&[m("USAMED"), m("ROU")]).as_deref(),
            Some("ROU")
        );
        // A document whose countries are too evenly named has none.
        let spread = [m("USA"), m("USA"), m("USA"), m("FRA"), m("DEU"), m("BEL")];
        assert_eq!(dominant_country(&spread), None);
    }

    #[test]
    fn plain_words_split_punctuation_and_possessives() {
        let text = "Kenya's police (in Nairobi) said: \"U.S. aid\", ethnic Somalis.";
        let words: Vec<&str> = plain_words(text).into_iter().map(|w| w.1).collect();
        assert_eq!(
            words,
            [
                "Kenya", "'s", "police", "in", "Nairobi", "said", "U.S.", "aid", "ethnic",
                "Somalis."
            ]
        );
        for (at, w) in plain_words(text) {
            assert_eq!(&text[at..at + w.len()], w);
        }
    }

    #[test]
    fn petrarch_dictionary_roles_are_left_alone() {
        let mut evs = vec![event("---JUD", Some("CHLGOV"))];
        evs[0].1.source.entries[0].dictionary = "Phoenix.agents.txt".into();
        assert_eq!(run(&mut evs, &[mention("CHLGOV")]), 0);
    }
}
