#include "settings/CategoriesDialog.h"

#include "store/CategoryRepository.h"
#include "ui_CategoriesDialog.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace PressDesk {

CategoriesDialog::CategoriesDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::CategoriesDialog>())
{
    m_ui->setupUi(this);
    m_ui->categoryErrorLabel->hide();
    connect(m_ui->addCategoryPushButton, &QPushButton::clicked, this, &CategoriesDialog::promptAdd);
    connect(m_ui->renameCategoryPushButton, &QPushButton::clicked, this,
            &CategoriesDialog::promptRename);
    connect(m_ui->removeCategoryPushButton, &QPushButton::clicked, this,
            &CategoriesDialog::confirmRemove);
    connect(m_ui->categoriesListWidget, &QListWidget::itemDoubleClicked, this,
            &CategoriesDialog::promptRename);
    connect(m_ui->categoriesListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->renameCategoryPushButton->setEnabled(row >= 0);
        m_ui->removeCategoryPushButton->setEnabled(row >= 0);
    });
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

CategoriesDialog::~CategoriesDialog() = default;

void CategoriesDialog::reload(const QString &selectId)
{
    m_ui->categoriesListWidget->clear();
    auto categories = CategoryRepository(m_db).list();
    if (!categories) {
        showError(categories.error().message);
        return;
    }
    for (const Category &c : categories.value()) {
        auto *item = new QListWidgetItem(c.name, m_ui->categoriesListWidget);
        item->setData(Qt::UserRole, c.id);
        if (c.id == selectId)
            m_ui->categoriesListWidget->setCurrentItem(item);
    }
    m_ui->renameCategoryPushButton->setEnabled(m_ui->categoriesListWidget->currentRow() >= 0);
    m_ui->removeCategoryPushButton->setEnabled(m_ui->categoriesListWidget->currentRow() >= 0);
}

QString CategoriesDialog::currentId() const
{
    const QListWidgetItem *item = m_ui->categoriesListWidget->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CategoriesDialog::showError(const QString &message)
{
    m_ui->categoryErrorLabel->setText(message);
    m_ui->categoryErrorLabel->setVisible(!message.isEmpty());
}

bool CategoriesDialog::addCategory(const QString &name)
{
    auto created = CategoryRepository(m_db).create(name);
    if (!created) {
        showError(created.error().message);
        return false;
    }
    showError({});
    reload(created->id);
    Q_EMIT categoriesChanged();
    return true;
}

bool CategoriesDialog::renameCurrent(const QString &name)
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    if (auto st = CategoryRepository(m_db).rename(id, name); !st) {
        showError(st.error().message);
        return false;
    }
    showError({});
    reload(id);
    Q_EMIT categoriesChanged();
    return true;
}

bool CategoriesDialog::removeCurrent(const QString &moveToId)
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    if (auto st = CategoryRepository(m_db).remove(id, moveToId); !st) {
        showError(st.error().message);
        return false;
    }
    showError({});
    reload();
    Q_EMIT categoriesChanged();
    return true;
}

void CategoriesDialog::promptAdd()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addCategory(name);
}

void CategoriesDialog::promptRename()
{
    const QListWidgetItem *item = m_ui->categoriesListWidget->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename category"), tr("Name:"),
                                               QLineEdit::Normal, item->text(), &ok);
    if (ok)
        renameCurrent(name);
}

void CategoriesDialog::confirmRemove()
{
    const QListWidgetItem *item = m_ui->categoriesListWidget->currentItem();
    if (!item)
        return;
    auto usage = CategoryRepository(m_db).usage(currentId());
    if (!usage) {
        showError(usage.error().message);
        return;
    }
    if (usage->articles > 0) {
        const QString moveTo = promptMoveTarget(item->text(), usage->articles, usage->reopened);
        if (!moveTo.isEmpty())
            removeCurrent(moveTo);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Remove category"),
                                              tr("Remove the category “%1”?").arg(item->text()));
    if (answer == QMessageBox::Yes)
        removeCurrent();
}

QString CategoriesDialog::promptMoveTarget(const QString &name, int articles, int reopened)
{
    QStringList names;
    QStringList ids;
    for (int i = 0; i < m_ui->categoriesListWidget->count(); ++i) {
        const QListWidgetItem *other = m_ui->categoriesListWidget->item(i);
        if (other == m_ui->categoriesListWidget->currentItem())
            continue;
        names << other->text();
        ids << other->data(Qt::UserRole).toString();
    }
    if (names.isEmpty()) {
        showError(tr("“%1” is used by %n article(s). Add another category to move them to, "
                     "then remove this one.",
                     nullptr, articles)
                      .arg(name));
        return {};
    }
    QString label = tr("“%1” is used by %n article(s). Move them to:", nullptr, articles).arg(name);
    if (reopened > 0)
        label += QStringLiteral("\n\n") +
                 tr("%n of them is approved or published: moving it voids its approval and "
                    "returns it to draft, so it must be approved again.",
                    nullptr, reopened);
    QInputDialog pick(this);
    pick.setObjectName(QStringLiteral("moveCategoryInputDialog"));
    pick.setWindowTitle(tr("Remove category"));
    pick.setLabelText(label);
    if (auto *text = pick.findChild<QLabel *>())
        text->setWordWrap(true); // the warning is a long sentence
    pick.setComboBoxItems(names);
    pick.setComboBoxEditable(false);
    pick.setOkButtonText(tr("Move and remove"));
    if (pick.exec() != QDialog::Accepted)
        return {};
    return ids.value(names.indexOf(pick.textValue()));
}

} // namespace PressDesk
