#include "ui/inspector/StateChipDelegate.h"

#include "client/Resources.h"
#include "models/PagedTableModel.h"
#include "models/ResourceTables.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace gatehouse::ui {

using models::ResourceTables;

int StateChipDelegate::stateOf(const QModelIndex& index)
{
    const QJsonObject raw = index.siblingAtColumn(0).data(models::PagedTableModel::RawRole).toJsonObject();
    return static_cast<int>(ResourceTables::connectionState(client::Connection::fromJson(raw)));
}

QColor StateChipDelegate::chipColor(int state, const QPalette& palette)
{
    switch (static_cast<ResourceTables::ConnectionState>(state)) {
    case ResourceTables::ConnectionState::Draft:
        return palette.color(QPalette::Mid);
    case ResourceTables::ConnectionState::Configured:
        return QColor(0x2b, 0x6c, 0xb0); // blue
    case ResourceTables::ConnectionState::Tested:
        return QColor(0x1f, 0x7a, 0x8c); // teal
    case ResourceTables::ConnectionState::Active:
        return QColor(0x2f, 0x85, 0x3c); // green
    case ResourceTables::ConnectionState::Error:
        return QColor(0xc0, 0x39, 0x2b); // red
    }
    return palette.color(QPalette::Mid);
}

void StateChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus
    if (text.isEmpty()) {
        return;
    }
    const QFontMetrics metrics(opt.font);
    const int padding = metrics.height() / 2;
    const int height = qMin(opt.rect.height() - 4, metrics.height() + 4);
    const int width = qMin(opt.rect.width() - 8, metrics.horizontalAdvance(text) + 2 * padding);
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    const QColor fill = chipColor(stateOf(index), opt.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, chip.width() - padding));
    painter->restore();
}

QSize StateChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(index.data().toString()) + metrics.height() + 8);
    size.setHeight(qMax(size.height(), metrics.height() + 8));
    return size;
}

bool StateChipDelegate::helpEvent(QHelpEvent* event,
                                  QAbstractItemView* view,
                                  const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(),
                           ResourceTables::connectionStateDescription(
                               static_cast<ResourceTables::ConnectionState>(stateOf(index))),
                           view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace gatehouse::ui
