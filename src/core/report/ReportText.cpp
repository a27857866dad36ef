#include "report/ReportText.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace PressDesk::ReportText {

namespace {

QString roman(int n)
{
    static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return n >= 1 && n <= 9 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

// "41,7" (Vietnamese decimal comma), "50" for whole numbers.
QString percentText(double percent)
{
    const double rounded = std::round(percent * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QString::number(static_cast<qint64>(rounded));
    return QString::number(rounded, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

// "10", and under it "(trong đó 2 nhập tay)" when some were counted by hand.
QStringList doneLines(const ActivityProgress &p)
{
    QStringList lines{QString::number(p.done())};
    if (p.manual > 0)
        lines << QStringLiteral("(trong đó %1 nhập tay)").arg(p.manual);
    return lines;
}

QString targetText(const Activity &a)
{
    return a.unit.isEmpty() ? QString::number(a.target)
                            : QStringLiteral("%1 %2").arg(a.target).arg(a.unit);
}

QString activityText(const Activity &a)
{
    QString text = a.description.isEmpty() ? a.focusTopic : a.description;
    if (a.status == QLatin1String("cancelled"))
        text += QStringLiteral(" (đã hủy)");
    return text;
}

QString lowerFirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    return s.left(1).toLower() + s.mid(1);
}

// "Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND huyện Hoài Đức về thúc đẩy …"
QString planReference(const Plan &plan)
{
    QString ref = QStringLiteral("Kế hoạch số %1").arg(plan.number);
    if (plan.issueDate.isValid())
        ref +=
            QStringLiteral(" ngày %1").arg(plan.issueDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (!plan.issuingBody.isEmpty())
        ref += QStringLiteral(" của %1").arg(plan.issuingBody);
    if (!plan.title.isEmpty())
        ref += QStringLiteral(" về %1").arg(lowerFirst(plan.title));
    return ref;
}

// A dotted space to fill in by hand (short enough not to stretch a justified line).
const QString kPlaceholder = QStringLiteral("……………………");

// What is behind: overdue or at risk, not cancelled.
bool isBehind(const ActivityProgress &p)
{
    return p.activity.status != QLatin1String("cancelled") && (p.overdue || p.atRisk);
}

QString behindText(const ActivityProgress &p)
{
    const Activity &a = p.activity;
    QString text = QStringLiteral("%1 (%2): đạt %3/%4")
                       .arg(activityText(a), lowerFirst(vietnameseChannelName(a.channel)))
                       .arg(p.done())
                       .arg(targetText(a));
    if (a.target > 0)
        text += QStringLiteral(" (%1%)").arg(percentText(p.percent()));
    text += QStringLiteral(". Nguyên nhân: %1")
                .arg(a.behindReason.trimmed().isEmpty() ? kPlaceholder : a.behindReason.trimmed());
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QChar(0x2026)))
        text += QLatin1Char('.');
    return text;
}

// "10/01/2019"
QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// "20/02/2019 06:05", local time.
QString dayAndTimeText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// Nghị định 30's way with a date in figures: "05/7/2019", a zero before days under 10 and
// months 1 and 2.
QString officialDayText(const QDate &date)
{
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                               : QString::number(date.month()))
        .arg(date.year());
}

// "21.05441, 105.70120": as a map takes it (a decimal point, unlike the report's figures, so
// that it can be typed into one as it reads).
QString coordinatesText(double latitude, double longitude)
{
    return QStringLiteral("%1, %2").arg(QString::number(latitude, 'f', 5),
                                        QString::number(longitude, 'f', 5));
}

// "1. Phát chuyên mục cải cách hành chính"; an activity without a description is named by
// its channel.
QString listHeading(int number, const Activity &a)
{
    const QString text = activityText(a).trimmed();
    return QStringLiteral("%1. %2").arg(number).arg(
        text.isEmpty() ? vietnameseChannelName(a.channel) : text);
}

QString itemLocation(const ReportVisualItem &item)
{
    QStringList parts;
    for (const QString &part : {item.place.trimmed(), item.commune.trimmed()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(", "));
}

// A period of one of the usual kinds inside one calendar year, named with and without its
// year: {"quý I năm 2019", "quý I"}, {"6 tháng đầu năm 2019", "6 tháng đầu năm"},
// {"năm 2019", ""}. Nothing for any other range.
struct NamedPeriod
{
    QString full;
    QString withoutYear;
};

std::optional<NamedPeriod> namedPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from.year() != to.year() || from.day() != 1 ||
        to.day() != to.daysInMonth() || from > to)
        return std::nullopt;
    const QString year = QString::number(from.year());
    const int m1 = from.month();
    const int m2 = to.month();
    auto inYear = [&year](const QString &words) {
        return NamedPeriod{QStringLiteral("%1 năm %2").arg(words, year), words};
    };
    auto ofYear = [&year](const QString &words) { // "6 tháng đầu năm [2019]"
        return NamedPeriod{QStringLiteral("%1 năm %2").arg(words, year),
                           QStringLiteral("%1 năm").arg(words)};
    };
    if (m1 == 1 && m2 == 12)
        return NamedPeriod{QStringLiteral("năm %1").arg(year), QString()};
    if (m1 == 1 && m2 == 6)
        return ofYear(QStringLiteral("6 tháng đầu"));
    if (m1 == 7 && m2 == 12)
        return ofYear(QStringLiteral("6 tháng cuối"));
    if (m1 == 1 && m2 == 9)
        return ofYear(QStringLiteral("9 tháng đầu"));
    if ((m1 - 1) % 3 == 0 && m2 == m1 + 2)
        return inYear(QStringLiteral("quý %1").arg(roman((m1 + 2) / 3)));
    if (m1 == m2)
        return inYear(QStringLiteral("tháng %1").arg(m1));
    return std::nullopt;
}

// The one year a plan's title names ("… cải cách hành chính năm 2019"), or 0 when it names
// none ("giai đoạn 2021-2025" names no single year) or several.
int yearNamedBy(const QString &title)
{
    static const QRegularExpression yearWords(QStringLiteral("(?<!\\w)năm\\s+(\\d{4})(?!\\d)"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::UseUnicodePropertiesOption);
    QSet<int> years;
    for (auto it = yearWords.globalMatch(title); it.hasNext();)
        years.insert(it.next().captured(1).toInt());
    return years.size() == 1 ? *years.cbegin() : 0;
}

} // namespace

QString periodName(const QDate &from, const QDate &to)
{
    if (const auto named = namedPeriod(from, to))
        return named->full;
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(dayText(from), dayText(to));
}

QString periodAfterPlan(const Plan &plan, const QDate &from, const QDate &to)
{
    const auto named = namedPeriod(from, to);
    if (named && yearNamedBy(plan.title) == from.year())
        return named->withoutYear;
    return periodName(from, to);
}

QString documentTitle(const ReportInput &in)
{
    return QStringLiteral("Báo cáo kết quả thực hiện Kế hoạch số %1").arg(in.plan.number);
}

QString numberLine(const ReportInput &in)
{
    return QStringLiteral("Số: %1").arg(in.reportNumber);
}

// Nghị định 30: a zero before days under 10 and months 1 and 2.
QString placeAndDate(const ReportInput &in)
{
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2
                              ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                              : QString::number(date.month());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(in.place, day, month).arg(date.year());
}

QString subtitle(const ReportInput &in)
{
    const QString period = periodAfterPlan(in.plan, in.from, in.to);
    if (period.isEmpty())
        return QStringLiteral("Kết quả thực hiện %1").arg(planReference(in.plan));
    return QStringLiteral("Kết quả thực hiện %1, %2").arg(planReference(in.plan), period);
}

QString introduction(const ReportInput &in)
{
    if (!in.introduction.trimmed().isEmpty())
        return in.introduction.trimmed();
    const QString period = periodAfterPlan(in.plan, in.from, in.to);
    if (period.isEmpty())
        return QStringLiteral("Thực hiện %1; kết quả thực hiện như sau:")
            .arg(planReference(in.plan));
    return QStringLiteral("Thực hiện %1; kết quả thực hiện %2 như sau:")
        .arg(planReference(in.plan), period);
}

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QString vietnameseChannelName(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QStringLiteral("Trên Cổng thông tin điện tử");
    case Channel::Radio:
        return QStringLiteral("Trên hệ thống truyền thanh");
    case Channel::VisualCampaign:
        return QStringLiteral("Tuyên truyền trực quan");
    case Channel::Press:
        return QStringLiteral("Cung cấp thông tin cho báo chí");
    case Channel::Meetings:
        return QStringLiteral("Qua hội nghị, hội thảo");
    case Channel::Other:
        break;
    }
    return QStringLiteral("Các hình thức khác");
}

QString channelHeading(int number, Channel channel)
{
    return QStringLiteral("%1. %2").arg(number).arg(vietnameseChannelName(channel));
}

QList<Channel> channelsInUse(const ReportInput &in)
{
    QList<Channel> out;
    for (Channel c : allChannels()) {
        for (const ActivityProgress &p : in.progress) {
            if (p.activity.channel == c) {
                out << c;
                break;
            }
        }
    }
    return out;
}

QList<Row> resultRows(const ReportInput &in, Channel channel)
{
    QList<Row> rows;
    for (const ActivityProgress &p : in.progress) {
        if (p.activity.channel != channel)
            continue;
        const QString percent =
            p.activity.target > 0 ? percentText(p.percent()) : QStringLiteral("—");
        // A reassigned activity: its unit now and the ones before, with the day each stopped
        // ("Đơn vị thực hiện: Phòng Văn hóa – Xã hội (trước ngày 01/07/2025: Phòng Văn hóa và
        // Thông tin)").
        QStringList what{activityText(p.activity)};
        const QList<UnitChange> changes = in.unitHistory.value(p.activity.id);
        if (!changes.isEmpty()) {
            QStringList before;
            for (const UnitChange &c : changes)
                before << QStringLiteral("trước ngày %1: %2")
                              .arg(dayText(c.at.toLocalTime().date()),
                                   c.fromUnit.isEmpty() ? QStringLiteral("chưa giao") : c.fromUnit);
            what << QStringLiteral("Đơn vị thực hiện: %1 (%2)")
                        .arg(p.activity.responsibleUnit, before.join(QStringLiteral("; ")));
        }
        rows << Row{{QString::number(rows.size() + 1)},
                    what,
                    {targetText(p.activity)},
                    doneLines(p),
                    {percent}};
    }
    return rows;
}

QList<Row> articleRows(const ReportInput &in)
{
    QList<Row> rows;
    for (const ReportArticle &a : in.articles) {
        rows << Row{{QString::number(rows.size() + 1)},
                    {dayText(a.publishedAt.toLocalTime().date())},
                    {a.title},
                    {a.link}};
    }
    return rows;
}

QString signerTitle(const ReportInput &in)
{
    return in.signerTitle.toUpper();
}

QString recipientLine(const QString &recipient)
{
    return QStringLiteral("- %1").arg(recipient);
}

// Too long means about 24 capitals at 12 pt: "PHÒNG VĂN HÓA" / "VÀ THÔNG TIN", as offices
// write it.
QStringList agencyLines(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.isEmpty())
        return {}; // an office with no parent body in its header
    const QStringList words = upper.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (upper.size() <= 24 || words.size() < 2)
        return {upper};
    int best = 1;
    qsizetype bestWidth = upper.size();
    for (int i = 1; i < words.size(); ++i) {
        const qsizetype width = qMax(words.mid(0, i).join(QLatin1Char(' ')).size(),
                                     words.mid(i).join(QLatin1Char(' ')).size());
        if (width < bestWidth) {
            bestWidth = width;
            best = i;
        }
    }
    return {words.mid(0, best).join(QLatin1Char(' ')), words.mid(best).join(QLatin1Char(' '))};
}

QStringList behindParagraphs(const ReportInput &in)
{
    QStringList out;
    for (const ActivityProgress &p : in.progress) {
        if (isBehind(p))
            out << QStringLiteral("- %1").arg(behindText(p));
    }
    if (out.isEmpty())
        out << QStringLiteral("Các hoạt động của Kế hoạch được thực hiện đúng tiến độ.");
    return out;
}

QStringList proposalParagraphs(const ReportInput &in)
{
    QStringList out = paragraphs(in.proposals);
    if (out.isEmpty())
        out << kPlaceholder;
    return out;
}

QString closingSentence(const ReportInput &in)
{
    return QStringLiteral("Trên đây là báo cáo kết quả thực hiện Kế hoạch số %1 %2./.")
        .arg(in.plan.number, periodName(in.from, in.to));
}

QList<Section> sections(const ReportInput &in)
{
    QList<Section> out{Section::Results, Section::Articles};
    if (!in.broadcasts.isEmpty())
        out << Section::Broadcasts;
    if (!in.visualItems.isEmpty())
        out << Section::VisualItems;
    out << Section::Behind << Section::Proposals;
    return out;
}

QString sectionHeading(const ReportInput &in, Section section)
{
    QString title;
    switch (section) {
    case Section::Results:
        title = QStringLiteral("KẾT QUẢ THỰC HIỆN");
        break;
    case Section::Articles:
        title = QStringLiteral("DANH SÁCH TIN BÀI ĐÃ ĐĂNG");
        break;
    case Section::Broadcasts:
        title = QStringLiteral("DANH SÁCH LƯỢT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH");
        break;
    case Section::VisualItems:
        title = QStringLiteral("DANH SÁCH SẢN PHẨM TUYÊN TRUYỀN TRỰC QUAN");
        break;
    case Section::Behind:
        title = QStringLiteral("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
        break;
    case Section::Proposals:
        title = QStringLiteral("ĐỀ XUẤT, KIẾN NGHỊ");
        break;
    }
    return QStringLiteral("%1. %2").arg(roman(int(sections(in).indexOf(section)) + 1), title);
}

QString vietnameseFormName(VisualForm form)
{
    switch (form) {
    case VisualForm::Banner:
        return QStringLiteral("Băng rôn");
    case VisualForm::Panel:
        return QStringLiteral("Pano");
    case VisualForm::Poster:
        return QStringLiteral("Áp phích");
    case VisualForm::LedScreen:
        return QStringLiteral("Màn hình LED");
    case VisualForm::Leaflet:
        return QStringLiteral("Tờ rơi");
    case VisualForm::Slogan:
        break;
    }
    return QStringLiteral("Khẩu hiệu");
}

QList<ActivityList> broadcastLists(const ReportInput &in)
{
    QList<ActivityList> out;
    for (const ActivityProgress &p : in.progress) {
        ActivityList list;
        for (const ReportBroadcast &b : in.broadcasts) {
            if (b.activityId != p.activity.id)
                continue;
            list.rows << Row{{QString::number(list.rows.size() + 1)},
                             {dayAndTimeText(b.airedAt)},
                             {b.station},
                             {b.title}};
        }
        if (list.rows.isEmpty())
            continue;
        list.activityId = p.activity.id;
        list.heading = listHeading(int(out.size()) + 1, p.activity);
        out << list;
    }
    return out;
}

QList<ActivityList> visualLists(const ReportInput &in)
{
    QList<ActivityList> out;
    for (const ActivityProgress &p : in.progress) {
        ActivityList list;
        for (const ReportVisualItem &v : in.visualItems) {
            if (v.activityId != p.activity.id)
                continue;
            QStringList form{vietnameseFormName(v.form)};
            if (!v.size.trimmed().isEmpty())
                form << QStringLiteral("(%1)").arg(v.size.trimmed());
            QStringList place;
            for (const QString &part : {v.place.trimmed(), v.commune.trimmed()})
                if (!part.isEmpty())
                    place << part;
            list.rows << Row{{QString::number(list.rows.size() + 1)},
                             form,
                             {QString::number(v.quantity)},
                             {v.content},
                             place,
                             {v.installed.isValid() ? dayText(v.installed) : QString()},
                             {v.removed.isValid() ? dayText(v.removed) : QString()},
                             {QString::number(v.photoCount)}};
        }
        if (list.rows.isEmpty())
            continue;
        list.activityId = p.activity.id;
        list.heading = listHeading(int(out.size()) + 1, p.activity);
        out << list;
    }
    return out;
}

bool hasAnnex(const ReportInput &in)
{
    for (const ReportVisualItem &v : in.visualItems)
        if (!v.photos.isEmpty())
            return true;
    return false;
}

QString annexReference(const ReportInput &in)
{
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    return QStringLiteral("(Kèm theo Báo cáo số %1 ngày %2 của %3)")
        .arg(in.reportNumber.trimmed(), officialDayText(date), in.issuingBody);
}

QList<AnnexEntry> annexEntries(const ReportInput &in)
{
    // In the order of the lists: activity by activity, as visualLists() has them.
    QList<AnnexEntry> out;
    for (const ActivityProgress &p : in.progress) {
        for (const ReportVisualItem &v : in.visualItems) {
            if (v.activityId != p.activity.id || v.photos.isEmpty())
                continue;
            AnnexEntry e;
            e.item = &v;
            const int number = int(out.size()) + 1;
            e.heading = QStringLiteral("%1. %2 (%3): “%4”")
                            .arg(number)
                            .arg(vietnameseFormName(v.form))
                            .arg(v.quantity)
                            .arg(v.content.trimmed());
            const QString place = itemLocation(v);
            for (int i = 0; i < v.photos.size(); ++i) {
                const ReportPhoto &photo = v.photos[i];
                QStringList lines{
                    place.isEmpty()
                        ? QStringLiteral("Ảnh %1.%2").arg(number).arg(i + 1)
                        : QStringLiteral("Ảnh %1.%2. %3").arg(number).arg(i + 1).arg(place)};
                if (photo.takenAt.isValid())
                    lines << QStringLiteral("Chụp ngày %1 lúc %2")
                                 .arg(dayText(photo.takenAt.date()),
                                      photo.takenAt.time().toString(QStringLiteral("HH:mm")));
                else if (v.installed.isValid())
                    lines << QStringLiteral("Lắp đặt ngày %1").arg(dayText(v.installed));
                if (photo.latitude && photo.longitude)
                    lines << QStringLiteral("Tọa độ: %1")
                                 .arg(coordinatesText(*photo.latitude, *photo.longitude));
                else if (v.latitude && v.longitude)
                    lines << QStringLiteral("Tọa độ: %1")
                                 .arg(coordinatesText(*v.latitude, *v.longitude));
                e.captions << lines;
            }
            out << e;
        }
    }
    return out;
}

} // namespace PressDesk::ReportText
