#pragma once

// Generated Vietnamese text for the word-diff tests and benchmark: a word list of district
// news, sentences and paragraphs made from it, and tone-mark edits. Deterministic for a seed
// on every platform (std::mt19937 with our own reduction, no std distributions).
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace PressDesk::TestSupport {

class Rng
{
public:
    explicit Rng(unsigned seed) : m_engine(seed) {}
    // 0 <= value < n (n > 0).
    int below(int n) { return int(m_engine() % unsigned(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 m_engine;
};

// Words (NFC) of the kind district news uses, with every Vietnamese tone and most vowels.
inline const QStringList &vietnameseWords()
{
    static const QStringList words =
        QStringLiteral(
            "huyện xã thị trấn ủy ban nhân dân hội đồng tổ chức triển khai kế hoạch thực hiện "
            "công tác cải cách hành chính tuyên truyền thông tin cơ sở người dân doanh nghiệp "
            "cán bộ công chức viên chức đơn vị phòng ban ngành đoàn thể mặt trận tổ quốc "
            "chương trình mục tiêu quốc gia xây dựng nông thôn mới đô thị văn minh kinh tế "
            "xã hội an ninh trật tự an toàn giao thông phát triển bền vững chuyển đổi số "
            "dịch vụ công trực tuyến hồ sơ thủ tục giải quyết đúng hạn trễ hạn kết quả năm "
            "tháng quý đầu cuối nhiệm vụ giải pháp trọng tâm chỉ đạo điều hành kiểm tra giám sát "
            "đánh giá tổng kết khen thưởng tập thể cá nhân xuất sắc tiêu biểu nhiệt tình "
            "trách nhiệm minh bạch công khai hiệu quả chất lượng nâng cao đẩy mạnh tăng cường "
            "phối hợp chặt chẽ kịp thời thường xuyên liên tục đồng bộ toàn diện sâu rộng "
            "trường học bệnh viện trạm y tế chợ đường làng ngõ xóm cầu cống kênh mương ruộng "
            "lúa rau màu chăn nuôi thủy sản làng nghề sản phẩm hàng hóa thương mại du lịch "
            "lễ hội di tích văn hóa thể thao gia đình bình đẳng giới trẻ em người cao tuổi "
            "thanh niên phụ nữ cựu chiến binh nông dân công đoàn học sinh giáo viên bác sĩ")
            .split(u' ', Qt::SkipEmptyParts);
    return words;
}

inline QString capitalized(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// A sentence of `words` words ending with ".", sometimes with a comma or a number.
inline QString vietnameseSentence(Rng &rng, int words)
{
    const QStringList &list = vietnameseWords();
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            s += rng.chance(8) ? QStringLiteral(", ") : QStringLiteral(" ");
        QString w =
            rng.chance(3) ? QString::number(rng.below(2030)) : list.at(rng.below(int(list.size())));
        s += i == 0 ? capitalized(w) : w;
    }
    return s + u'.';
}

// Vietnamese tone marks (combining, as in NFD): grave, acute, tilde, hook above, dot below.
inline const QList<char16_t> &toneMarks()
{
    static const QList<char16_t> marks = {u'\u0300', u'\u0301', u'\u0303', u'\u0309', u'\u0323'};
    return marks;
}

// The word with another tone mark (or one added to its first vowel when it has none), in
// NFC: "cải" -> "cãi", "cach" -> "cách". `which` picks the new tone. Empty for a word
// without a vowel.
inline QString changeTone(const QString &word, int which)
{
    QString d = word.normalized(QString::NormalizationForm_D);
    for (qsizetype i = 0; i < d.size(); ++i) {
        const qsizetype t = toneMarks().indexOf(d.at(i).unicode());
        if (t >= 0) {
            d[i] = QChar(toneMarks().at((t + 1 + which % 4) % 5));
            return d.normalized(QString::NormalizationForm_C);
        }
    }
    static const QString vowels = QStringLiteral("aeiouyAEIOUY");
    for (qsizetype i = 0; i < d.size(); ++i) {
        if (!vowels.contains(d.at(i)))
            continue;
        qsizetype after = i + 1; // after the vowel's own marks (circumflex, breve, horn)
        while (after < d.size() && d.at(after).isMark())
            ++after;
        d.insert(after, QChar(toneMarks().at(which % 5)));
        return d.normalized(QString::NormalizationForm_C);
    }
    return {};
}

} // namespace PressDesk::TestSupport
