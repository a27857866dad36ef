#include "store/CorpusGenerator.h"

#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace PressDesk {

namespace {

// Each topic has its own vocabulary, so a topic's words appear in that topic's articles
// (about one in thirty), as in a real office's archive, not in every article.
struct Topic
{
    const char16_t *name;
    const char16_t *phrases[6];
};

const Topic kTopics[] = {
    {u"cải cách hành chính",
     {u"cải cách thủ tục hành chính", u"bộ phận một cửa", u"chỉ số PAR INDEX",
      u"thời gian giải quyết hồ sơ", u"công khai, minh bạch", u"sự hài lòng của người dân"}},
    {u"xây dựng nông thôn mới",
     {u"tiêu chí nông thôn mới", u"xã nông thôn mới nâng cao", u"đường giao thông nông thôn",
      u"nhà văn hóa thôn", u"kênh mương nội đồng", u"thu nhập bình quân đầu người"}},
    {u"chuyển đổi số",
     {u"chuyển đổi số", u"chính quyền số", u"chữ ký số", u"tổ công nghệ số cộng đồng",
      u"thanh toán không dùng tiền mặt", u"nền tảng số"}},
    {u"dịch vụ công trực tuyến",
     {u"dịch vụ công trực tuyến", u"hồ sơ trực tuyến toàn trình", u"Cổng dịch vụ công quốc gia",
      u"tài khoản định danh điện tử", u"VNeID", u"thanh toán phí trực tuyến"}},
    {u"an toàn giao thông",
     {u"an toàn giao thông", u"đội mũ bảo hiểm", u"nồng độ cồn", u"hành lang an toàn giao thông",
      u"tai nạn giao thông", u"lực lượng cảnh sát giao thông"}},
    {u"bảo vệ môi trường",
     {u"rác thải sinh hoạt", u"phân loại rác tại nguồn", u"ô nhiễm sông Đáy", u"trồng cây xanh",
      u"vệ sinh môi trường", u"xử lý nước thải"}},
    {u"phòng cháy chữa cháy",
     {u"phòng cháy chữa cháy", u"cứu nạn cứu hộ", u"bình chữa cháy", u"nhà ở kết hợp kinh doanh",
      u"diễn tập phương án", u"thoát nạn"}},
    {u"tuyển quân",
     {u"giao nhận quân", u"nghĩa vụ quân sự", u"thanh niên nhập ngũ", u"khám tuyển sức khỏe",
      u"hội đồng nghĩa vụ quân sự", u"lễ tiễn tân binh"}},
    {u"giải phóng mặt bằng",
     {u"giải phóng mặt bằng", u"bồi thường, hỗ trợ", u"tái định cư", u"đường Vành đai 4",
      u"bàn giao mặt bằng", u"kiểm đếm"}},
    {u"an toàn thực phẩm",
     {u"an toàn thực phẩm", u"ngộ độc thực phẩm", u"bếp ăn tập thể", u"kiểm tra liên ngành",
      u"nguồn gốc xuất xứ", u"Tết Trung thu"}},
    {u"phổ biến giáo dục pháp luật",
     {u"phổ biến, giáo dục pháp luật", u"Ngày Pháp luật", u"hòa giải ở cơ sở", u"tủ sách pháp luật",
      u"tuyên truyền viên pháp luật", u"trợ giúp pháp lý"}},
    {u"xây dựng Đảng",
     {u"Nghị quyết Trung ương 4", u"kết nạp đảng viên", u"chi bộ", u"học tập và làm theo",
      u"tư tưởng, đạo đức, phong cách Hồ Chí Minh", u"đảng viên 50 năm tuổi Đảng"}},
    {u"bầu cử",
     {u"bầu cử đại biểu Quốc hội", u"Hội đồng nhân dân các cấp", u"tổ bầu cử", u"cử tri",
      u"danh sách ứng cử viên", u"hiệp thương"}},
    {u"người cao tuổi",
     {u"người cao tuổi", u"mừng thọ", u"Hội Người cao tuổi", u"câu lạc bộ liên thế hệ",
      u"chăm sóc sức khỏe ban đầu", u"trợ cấp xã hội"}},
    {u"giáo dục",
     {u"năm học mới", u"trường đạt chuẩn quốc gia", u"học sinh giỏi", u"khai giảng",
      u"kỳ thi tuyển sinh vào lớp 10", u"giáo viên dạy giỏi"}},
    {u"y tế",
     {u"tiêm chủng mở rộng", u"sốt xuất huyết", u"bảo hiểm y tế", u"trạm y tế xã",
      u"khám sức khỏe miễn phí", u"hiến máu tình nguyện"}},
    {u"văn hóa",
     {u"lễ hội truyền thống", u"di tích lịch sử", u"gia đình văn hóa", u"làng nghề",
      u"văn nghệ quần chúng", u"nếp sống văn minh"}},
    {u"kinh tế",
     {u"thu ngân sách", u"giải ngân vốn đầu tư công", u"sản xuất nông nghiệp", u"sản phẩm OCOP",
      u"doanh nghiệp nhỏ và vừa", u"cụm công nghiệp"}},
    {u"quốc phòng an ninh",
     {u"diễn tập khu vực phòng thủ", u"dân quân tự vệ", u"an ninh trật tự",
      u"phong trào toàn dân bảo vệ an ninh Tổ quốc", u"công an xã chính quy", u"tội phạm ma túy"}},
    {u"công tác dân vận",
     {u"dân vận khéo", u"Mặt trận Tổ quốc", u"cuộc vận động", u"quỹ Vì người nghèo",
      u"nhà Đại đoàn kết", u"khu dân cư kiểu mẫu"}},
};

const char16_t *const kPlaces[] = {
    u"Hoài Đức",    u"Đan Phượng",     u"Thạch Thất",    u"Quốc Oai",
    u"Chương Mỹ",   u"Thanh Oai",      u"Ba Vì",         u"Phúc Thọ",
    u"Sóc Sơn",     u"Đông Anh",       u"Gia Lâm",       u"Thường Tín",
    u"Mê Linh",     u"xã Kim Chung",   u"xã Đức Thượng", u"thị trấn Trạm Trôi",
    u"xã An Khánh", u"xã Vân Canh",    u"xã Sơn Đồng",   u"xã Lại Yên",
    u"xã Tiền Yên", u"xã Song Phương", u"xã Minh Khai",  u"xã Dương Liễu",
    u"xã Cát Quế",  u"xã Yên Sở",      u"xã Đắc Sở",     u"xã La Phù",
    u"xã Vân Côn"};

const char16_t *const kUnits[] = {u"Phòng Văn hóa và Thông tin",
                                  u"Phòng Nội vụ",
                                  u"Phòng Tư pháp",
                                  u"Văn phòng HĐND và UBND",
                                  u"Phòng Tài nguyên và Môi trường",
                                  u"Phòng Kinh tế",
                                  u"Trung tâm Văn hóa – Thông tin và Thể thao",
                                  u"Công an huyện",
                                  u"Ban Chỉ huy Quân sự huyện",
                                  u"Huyện đoàn",
                                  u"Hội Liên hiệp Phụ nữ huyện",
                                  u"Phòng Giáo dục và Đào tạo",
                                  u"Trung tâm Y tế huyện"};

const char16_t *const kVerbs[] = {
    u"Thúc đẩy",          u"Đẩy mạnh",  u"Triển khai",  u"Tăng cường",   u"Tổng kết",
    u"Nâng cao hiệu quả", u"Kiểm tra",  u"Sơ kết",      u"Tuyên truyền", u"Ra quân",
    u"Phát động",         u"Hướng dẫn", u"Khen thưởng", u"Tập huấn"};

// General sentences; %1 place, %2 unit, %3 a topic phrase, %4 a number.
const char16_t *const kTemplates[] = {
    u"UBND %1 đã ban hành kế hoạch triển khai nhiều hoạt động về %3.",
    u"%2 chủ động cung cấp thông tin cho báo chí về kết quả thực hiện %3.",
    u"Hội nghị có sự tham dự của %4 đại biểu đến từ các phòng, ban, đơn vị và các xã, thị trấn.",
    u"Tính đến nay, %1 đã hoàn thành %4% chỉ tiêu kế hoạch đề ra về %3.",
    u"Đồng chí lãnh đạo %2 đề nghị các đơn vị tiếp tục quan tâm đến %3.",
    u"Các xã, thị trấn tổ chức ra quân đồng loạt với sự tham gia của %4 người dân.",
    u"Thông qua các hoạt động, nhận thức của cán bộ, công chức và nhân dân về %3 được nâng lên.",
    u"Đài truyền thanh %1 phát %4 tin, bài tuyên truyền về %3.",
    u"Trên địa bàn đã treo %4 băng rôn, khẩu hiệu, pano tuyên truyền về %3.",
    u"Đoàn công tác của %2 đã làm việc trực tiếp tại %1.",
    u"Kinh phí thực hiện khoảng %4 triệu đồng, từ nguồn ngân sách và xã hội hóa.",
    u"Bên cạnh kết quả đạt được, việc thực hiện %3 ở một số nơi còn chậm.",
    u"Nguyên nhân một phần do nhận thức của một bộ phận người dân còn hạn chế.",
    u"Năm nay, %1 phấn đấu đạt và vượt các mục tiêu về %3.",
    u"%2 sẽ tiếp tục phối hợp với các xã, thị trấn kiểm tra, đôn đốc.",
    u"Những tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng.",
    u"Người dân có thể phản ánh, kiến nghị qua đường dây nóng của %2.",
    u"Dịp này, %1 cũng biểu dương %4 mô hình, cách làm hay.",
    u"Đây là hoạt động thiết thực, góp phần hoàn thành nhiệm vụ chính trị của địa phương.",
    u"Phát biểu tại buổi lễ, đại diện %2 nhấn mạnh ý nghĩa của %3.",
};

template <typename T, std::size_t N> const T &pickOne(QRandomGenerator &rng, const T (&arr)[N])
{
    return arr[rng.bounded(int(N))];
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString sentence(QRandomGenerator &rng, const Topic &topic)
{
    QString s = str(pickOne(rng, kTemplates));
    s.replace(QStringLiteral("%1"), str(pickOne(rng, kPlaces)));
    s.replace(QStringLiteral("%2"), str(pickOne(rng, kUnits)));
    s.replace(QStringLiteral("%3"), str(pickOne(rng, topic.phrases)));
    s.replace(QStringLiteral("%4"), QString::number(5 + rng.bounded(500)));
    s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

Article CorpusGenerator::makeArticle(QRandomGenerator &rng, const QList<Category> &categories)
{
    Article a;
    const Topic &topic = pickOne(rng, kTopics);
    const QString place = str(pickOne(rng, kPlaces));
    QString title = QStringLiteral("%1: %2 %3")
                        .arg(place, str(pickOne(rng, kVerbs)), str(pickOne(rng, topic.phrases)));
    if (rng.bounded(3) == 0)
        title += QStringLiteral(" năm %1").arg(2015 + rng.bounded(11));
    title[0] = title.at(0).toUpper();
    a.title = title;
    a.lead = QStringLiteral("Ngày %1/%2, %3 tổ chức hoạt động về %4. ")
                 .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                 .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                 .arg(place, str(topic.name)) +
             sentence(rng, topic);
    // Most articles are 150–600 words; one in ten is a long report of about 2 000.
    const int paragraphs = 3 + int(rng.bounded(6)) + (rng.bounded(10) == 0 ? 25 : 0);
    QString body;
    for (int p = 0; p < paragraphs; ++p) {
        if (p > 0 && rng.bounded(7) == 0)
            body += QStringLiteral("<h2>") + str(pickOne(rng, kVerbs)) + u' ' +
                    str(pickOne(rng, topic.phrases)) + QStringLiteral("</h2>\n");
        QString para;
        const int sentences = 2 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s)
            para += (s ? QStringLiteral(" ") : QString()) + sentence(rng, topic);
        body += QStringLiteral("<p>") + para.toHtmlEscaped() + QStringLiteral("</p>\n");
    }
    body.chop(1);
    a.bodyHtml = body;
    a.source = rng.bounded(2) ? QStringLiteral("Theo Cổng thông tin điện tử huyện")
                              : QStringLiteral("Theo Hà Nội portal");
    a.author = QStringLiteral("Phòng Văn hóa và Thông tin");
    a.tags = {str(topic.name), place};
    if (!categories.isEmpty())
        a.categoryId = categories.at(rng.bounded(int(categories.size()))).id;
    // Ten years back from 2026-11-01.
    const QDateTime end(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    a.createdAt = end.addSecs(-qint64(rng.bounded(10 * 365 * 24)) * 3600 - rng.bounded(3600));
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
