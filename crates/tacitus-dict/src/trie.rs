//! A word trie for phrase matching over tokens. Hand-written rather than
//! aho-corasick/fst because each token offers two alternatives (its form and
//! its lemma) and we want the longest phrase starting at a token, which a
//! small trie walked with both alternatives gives directly.

use ahash::AHashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Node {
    children: AHashMap<Box<str>, u32>,
    values: Vec<u32>,
}

/// Maps word sequences to value lists.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PhraseTrie {
    nodes: Vec<Node>,
}

impl Default for PhraseTrie {
    fn default() -> Self {
        PhraseTrie {
            nodes: vec![Node::default()],
        }
    }
}

/// The longest phrase found at a position: its length in tokens and the values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrieMatch<'a> {
    pub len: usize,
    pub values: &'a [u32],
}

impl PhraseTrie {
    pub fn insert(&mut self, words: &[String], value: u32) {
        if words.is_empty() {
            return;
        }
        let mut node = 0usize;
        for w in words {
            let next = match self.nodes[node].children.get(w.as_str()) {
                Some(&n) => n as usize,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node]
                        .children
                        .insert(w.as_str().into(), n as u32);
                    n
                }
            };
            node = next;
        }
        if !self.nodes[node].values.contains(&value) {
            self.nodes[node].values.push(value);
        }
    }

    /// Number of distinct phrases stored.
    pub fn len(&self) -> usize {
        self.nodes.iter().filter(|n| !n.values.is_empty()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Longest phrase starting at `start`; `alternatives(i)` gives the words
    /// token `i` may match (form, lemma, ...).
    pub fn longest_at<'s, F, I>(
        &'s self,
        start: usize,
        n_tokens: usize,
        alternatives: F,
    ) -> Option<TrieMatch<'s>>
    where
        F: Fn(usize) -> I,
        I: IntoIterator<Item = &'s str>,
    {
        let mut best: Option<(usize, u32)> = None;
        self.walk(start, n_tokens, alternatives, |node, len| {
            if best.is_none_or(|(b, _)| len > b) {
                best = Some((len, node));
            }
            false
        });
        best.map(|(len, node)| TrieMatch {
            len,
            values: &self.nodes[node as usize].values,
        })
    }

    /// True when some phrase (not only the longest) starting at `start`
    /// matches and `accept` holds for its values.
    pub fn any_at<'s, F, I, P>(
        &'s self,
        start: usize,
        n_tokens: usize,
        alternatives: F,
        accept: P,
    ) -> bool
    where
        F: Fn(usize) -> I,
        I: IntoIterator<Item = &'s str>,
        P: Fn(&[u32]) -> bool,
    {
        let mut found = false;
        self.walk(start, n_tokens, alternatives, |node, _| {
            found = accept(&self.nodes[node as usize].values);
            found
        });
        found
    }

    /// Depth-first walk over every phrase matching from `start`; calls
    /// `visit(node, length)` at each node holding values and stops when it
    /// returns true. The stack lives on the call stack for short phrases (no
    /// allocation in the common case: this runs for every token).
    fn walk<'s, F, I, V>(&'s self, start: usize, n_tokens: usize, alternatives: F, mut visit: V)
    where
        F: Fn(usize) -> I,
        I: IntoIterator<Item = &'s str>,
        V: FnMut(u32, usize) -> bool,
    {
        if start >= n_tokens {
            return;
        }
        let mut stack: smallvec::SmallVec<[(u32, usize); 16]> = smallvec::SmallVec::new();
        stack.push((0, start));
        while let Some((node, pos)) = stack.pop() {
            let n = &self.nodes[node as usize];
            if pos > start && !n.values.is_empty() && visit(node, pos - start) {
                return;
            }
            if pos >= n_tokens || n.children.is_empty() {
                continue;
            }
            let mut seen: [u32; 4] = [u32::MAX; 4];
            for (k, alt) in alternatives(pos).into_iter().enumerate() {
                if let Some(&child) = n.children.get(alt) {
                    if seen.contains(&child) {
                        continue;
                    }
                    if k < seen.len() {
                        seen[k] = child;
                    }
                    stack.push((child, pos + 1));
                }
            }
        }
    }

    /// The first words of the stored phrases.
    pub fn first_words(&self) -> impl Iterator<Item = &str> + '_ {
        self.nodes
            .first()
            .into_iter()
            .flat_map(|n| n.children.keys())
            .map(|w| &**w)
    }

    /// True when some stored phrase starts with `word`.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.nodes[0].children.contains_key(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn longest_match_with_lemmas() {
        let mut t = PhraseTrie::default();
        t.insert(&w("foreign minister"), 1);
        t.insert(&w("foreign"), 2);
        t.insert(&w("foreign minister of silly walks"), 3);
        let forms = ["the", "foreign", "ministers", "of", "state"];
        let lemmas = ["the", "foreign", "minister", "of", "state"];
        let m = t.longest_at(1, 5, |i| [forms[i], lemmas[i]]).unwrap();
        assert_eq!(m.len, 2);
        assert_eq!(m.values, &[1]);
        assert!(t.longest_at(0, 5, |i| [forms[i], lemmas[i]]).is_none());
        assert_eq!(t.len(), 3);
    }
}
