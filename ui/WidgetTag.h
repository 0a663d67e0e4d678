#pragma once

#include <QString>
#include <QWidget>

namespace gatehouse::ui {

// Gives a control its objectName (the GUI-test API) and its accessible name (for screen readers) in one call.
inline void tagWidget(QWidget* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
}

} // namespace gatehouse::ui
