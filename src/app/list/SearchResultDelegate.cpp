#include "list/SearchResultDelegate.h"

#include "store/ArticleListModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

namespace PressDesk {

namespace {

void drawHtmlLine(QPainter *painter, const QString &html, const QFont &font, const QColor &color,
                  const QRect &rect)
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, color);
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), rect.size()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

SearchResultDelegate::~SearchResultDelegate() = default;

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString snippet = index.data(ArticleListModel::SnippetRole).toString();
    if (!m_searching || index.column() != ArticleListModel::TitleColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(selected ? 0.85f : 0.6f);
    const QRect r =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 4, -2, -4);
    const int line = opt.fontMetrics.lineSpacing();
    QString titleHtml = index.data(ArticleListModel::TitleHtmlRole).toString();
    if (titleHtml.isEmpty())
        titleHtml = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
    drawHtmlLine(painter, titleHtml, opt.font, text, QRect(r.left(), r.top(), r.width(), line));
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.92);
    drawHtmlLine(painter, snippet, small, dim,
                 QRect(r.left(), r.top() + line + 2, r.width(), line));
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_searching)
        size.setHeight(std::max(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

bool SearchResultDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && m_searching) {
        const QString snippet = index.data(ArticleListModel::SnippetRole).toString();
        if (!snippet.isEmpty()) {
            QToolTip::showText(event->globalPos(),
                               QStringLiteral("<p style='white-space:normal'>%1</p>").arg(snippet),
                               view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace PressDesk
