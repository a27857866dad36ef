#pragma once

#include <QString>

#include <optional>

// Where the tone mark sits in the open syllables of "oa", "oe" and "uy": the one thing two
// correct spellings of a Vietnamese word can disagree on.
//
//   traditional (kiểu cũ): on the first vowel — hòa, khỏe, thủy, Thúy;
//   modern      (kiểu mới): on the second      — hoà, khoẻ, thuỷ, Thuý.
//
// An office writes one of them (its house style, a setting of the profile); search treats the
// two as the same word. Only these syllables differ: a final consonant puts the mark on the
// second vowel in both styles (hoàng, khoét, huýt), "qu" and "gi" are consonants (quý, quả,
// giả), and every other vowel group is spelled alike (mùa, kìa, ngoài, tuyết, khuya).
// Pure functions on NFC text; everything else passes through unchanged.
namespace PressDesk::Text {

enum class ToneStyle { Traditional, Modern };

// "traditional" / "modern" (settings, the command line), and back; nullopt for another key.
QString toneStyleKey(ToneStyle style);
std::optional<ToneStyle> toneStyleFromKey(const QString &key);

// `text` with every oa/oe/uy open syllable spelled in `style`.
QString withToneStyle(const QString &text, ToneStyle style);

// How many syllables of `text` are spelled in each style (the ones that differ only).
struct ToneStyleCount
{
    int traditional = 0;
    int modern = 0;
    bool mixed() const { return traditional > 0 && modern > 0; }
    // The syllables respelling into `style` moves: those written in the other one.
    int notIn(ToneStyle style) const
    {
        return style == ToneStyle::Traditional ? modern : traditional;
    }
};
ToneStyleCount countToneStyles(const QString &text);

} // namespace PressDesk::Text
