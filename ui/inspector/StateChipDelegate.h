#pragma once

#include <QStyledItemDelegate>

namespace gatehouse::ui {

// Paints a connection's State cell as a chip (Draft / Configured / Tested / Active / Error, see
// models::ResourceTables::connectionState), coloured by state; the cell's text stays the model's (also for
// screen readers), the tooltip explains the state.
class StateChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event,
                   QAbstractItemView* view,
                   const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // The chip colour of a state (index of models::ResourceTables::ConnectionState) for the given palette.
    static QColor chipColor(int state, const QPalette& palette);
    static int stateOf(const QModelIndex& index);
};

} // namespace gatehouse::ui
