#include "store/CorpusGenerator.h"

#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace PressDesk {

namespace {

const char16_t *const kPlaces[] = {
    u"Hoài Đức", u"Đan Phượng", u"Thạch Thất", u"Quốc Oai", u"Chương Mỹ", u"Thanh Oai",
    u"Ba Vì", u"Phúc Thọ", u"Sóc Sơn", u"Đông Anh", u"Gia Lâm", u"Thường Tín", u"Mê Linh",
    u"xã Kim Chung", u"xã Đức Thượng", u"thị trấn Trạm Trôi", u"xã An Khánh", u"xã Vân Canh"};

const char16_t *const kTopics[] = {
    u"cải cách hành chính", u"xây dựng nông thôn mới", u"chuyển đổi số",
    u"dịch vụ công trực tuyến", u"phòng chống dịch bệnh", u"an toàn giao thông",
    u"bảo vệ môi trường", u"phòng cháy chữa cháy", u"tuyển quân", u"giải phóng mặt bằng",
    u"văn hóa công sở", u"an toàn thực phẩm", u"phổ biến giáo dục pháp luật",
    u"gương người tốt việc tốt", u"đổi mới phương thức cung ứng dịch vụ công",
    u"tinh giản biên chế", u"thu ngân sách", u"xây dựng Đảng", u"bầu cử đại biểu",
    u"chăm sóc người cao tuổi"};

const char16_t *const kTitleVerbs[] = {
    u"Thúc đẩy", u"Đẩy mạnh", u"Triển khai", u"Tăng cường", u"Tổng kết", u"Nâng cao hiệu quả",
    u"Kiểm tra", u"Hội nghị sơ kết", u"Tuyên truyền", u"Ra quân"};

const char16_t *const kSentences[] = {
    u"UBND huyện đã ban hành kế hoạch triển khai nhiều hoạt động thông tin, tuyên truyền.",
    u"Các cấp, các ngành chủ động cung cấp thông tin cho báo chí về công tác của địa phương.",
    u"Nội dung trọng tâm là đổi mới phương thức cung ứng dịch vụ công và ứng dụng công nghệ "
    u"thông tin.",
    u"Hoạt động được thực hiện thông qua Cổng thông tin điện tử, hệ thống đài phát thanh, "
    u"truyền thanh cơ sở.",
    u"Công tác tuyên truyền cổ động trực quan được đẩy mạnh với băng rôn, khẩu hiệu, pano.",
    u"Qua đó nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức.",
    u"Người dân được khuyến khích sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4.",
    u"Hội nghị đã đánh giá kết quả đạt được và chỉ ra những tồn tại, hạn chế cần khắc phục.",
    u"Đồng chí Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn phối hợp chặt chẽ.",
    u"Tính đến nay, toàn huyện đã hoàn thành vượt chỉ tiêu kế hoạch đề ra.",
    u"Tạo sự đồng thuận và tham gia của cộng đồng vào công tác chung của huyện.",
    u"Các xã, thị trấn tổ chức ra quân đồng loạt với sự tham gia của đông đảo nhân dân.",
    u"Kinh phí thực hiện được bố trí từ nguồn ngân sách và xã hội hóa.",
    u"Đoàn kiểm tra đã làm việc trực tiếp tại bộ phận một cửa của xã.",
    u"Thời gian tiếp nhận và trả kết quả hồ sơ được rút ngắn so với quy định.",
    u"Huyện tiếp tục xây dựng hình ảnh đội ngũ cán bộ tận tụy, chuyên nghiệp, vì dân.",
    u"Việc thực hiện quy tắc ứng xử trong các cơ quan hành chính được kiểm tra thường xuyên.",
    u"Nhiều mô hình, cách làm hay đã được nhân rộng trên địa bàn.",
    u"Đài truyền thanh xã phát sóng các tin bài tuyên truyền vào buổi sáng và buổi chiều.",
    u"Trong năm, huyện đã tổ chức hàng trăm buổi tuyên truyền lưu động tại các thôn, tổ dân "
    u"phố."};

template <typename T, std::size_t N>
QString pick(QRandomGenerator &rng, const T (&arr)[N])
{
    return QString::fromUtf16(arr[rng.bounded(int(N))]);
}

} // namespace

Article CorpusGenerator::makeArticle(QRandomGenerator &rng, const QList<Category> &categories)
{
    Article a;
    const QString place = pick(rng, kPlaces);
    const QString topic = pick(rng, kTopics);
    a.title = QStringLiteral("%1: %2 %3 năm %4")
                  .arg(place, pick(rng, kTitleVerbs), topic)
                  .arg(2015 + rng.bounded(11));
    a.title[0] = a.title.at(0).toUpper();
    a.lead = QStringLiteral("Ngày %1/%2, %3 tổ chức nhiều hoạt động về %4. ")
                 .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                 .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                 .arg(place, topic) +
             pick(rng, kSentences);
    // Bodies from about 80 to about 2 000 words, most of them short, as in a real office.
    const int paragraphs = 2 + int(rng.bounded(4)) + (rng.bounded(10) == 0 ? 40 : 0);
    QString body;
    for (int p = 0; p < paragraphs; ++p) {
        if (p > 0 && rng.bounded(6) == 0)
            body += QStringLiteral("<h2>") + pick(rng, kTitleVerbs) + u' ' + topic +
                    QStringLiteral("</h2>\n");
        QString para;
        const int sentences = 2 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s)
            para += (s ? QStringLiteral(" ") : QString()) + pick(rng, kSentences);
        body += QStringLiteral("<p>") + para.toHtmlEscaped() + QStringLiteral("</p>\n");
    }
    body.chop(1);
    a.bodyHtml = body;
    a.source = rng.bounded(2) ? QStringLiteral("Theo Cổng thông tin điện tử huyện")
                              : QStringLiteral("Theo Hà Nội portal");
    a.author = QStringLiteral("Phòng Văn hóa và Thông tin");
    a.tags = {topic, place};
    if (!categories.isEmpty())
        a.categoryId = categories.at(rng.bounded(int(categories.size()))).id;
    // Ten years back from 2026-11-01.
    const QDateTime end(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    a.createdAt = end.addSecs(-qint64(rng.bounded(10 * 365 * 24)) * 3600 -
                              rng.bounded(3600));
    a.updatedAt = a.createdAt.addSecs(rng.bounded(7 * 24 * 3600));
    return a;
}

Status CorpusGenerator::generate(Database &db, int count, quint32 seed,
                                 const std::function<void(int)> &progress)
{
    auto categories = CategoryRepository(db).list();
    if (!categories)
        return categories.error();
    QRandomGenerator rng(seed);
    ArticleRepository repo(db);
    constexpr int batch = 1000;
    for (int done = 0; done < count;) {
        QList<Article> articles;
        const int n = std::min(batch, count - done);
        articles.reserve(n);
        for (int i = 0; i < n; ++i)
            articles << makeArticle(rng, categories.value());
        if (auto st = repo.insertMany(articles); !st)
            return st;
        done += n;
        if (progress)
            progress(done);
    }
    return {};
}

} // namespace PressDesk
