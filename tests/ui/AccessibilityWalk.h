#pragma once
// The accessibility walk shared by ui.AccessibilityWalk and the QtWebEngine tests (ui.SsoWizard): for a window as
// it is shown now, every focusable control must have an accessible name (its own, its text or its buddy label's —
// what QAccessible reports to a screen reader), and pressing Tab from the first enabled input must reach every
// enabled, visible input (radio buttons of one group count as one tab stop).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QTextEdit>
#include <QWidget>

namespace gatehouse::test {

struct AccessibilityWalk
{
    // Counters for tests that check the walk was not vacuous.
    static inline int walkCount = 0;
    static inline int inputCount = 0;

    static bool isInput(const QWidget* widget)
    {
        return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
               || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
               || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
               || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
    }

    static bool isInternal(const QWidget* widget)
    {
        const QWidget* parent = widget->parentWidget();
        return widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QComboBox*>(parent)
               || qobject_cast<const QAbstractSpinBox*>(parent) || widget->inherits("QLineEditIconButton")
               || widget->inherits("QHeaderView") || widget->inherits("QTabBar") || widget->inherits("QScrollBar")
               || widget->inherits("QToolBarExtension") || widget->inherits("QComboBoxListView")
               || widget->inherits("QCalendarWidget") || (parent && parent->inherits("QCalendarWidget"))
               || QByteArray(widget->metaObject()->className()).startsWith("QtWebEngine")
               || (parent && parent->inherits("QWebEngineView"));
    }

    static QString nameOf(QWidget* widget)
    {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
    }

    static QStringList walk(QWidget* root, const QString& where)
    {
        QStringList problems;
        ++walkCount;
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        QList<QWidget*> inputs;
        for (QWidget* widget : std::as_const(widgets)) {
            if (!isInput(widget) || isInternal(widget) || widget->window() != root->window()) {
                continue;
            }
            // What is shown now (a wizard's later pages get their labels when they are initialized).
            if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && nameOf(widget).isEmpty()) {
                problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                                .arg(where,
                                     widget->objectName(),
                                     QString::fromLatin1(widget->metaObject()->className()));
            }
            if (widget->isVisible() && widget->isEnabled()) {
                ++inputCount;
                inputs << widget;
            }
        }
        if (inputs.isEmpty()) {
            return problems;
        }
        // Tab from the first input around the window; each focused widget and its ancestors count as reached.
        QWidget* window = root->window();
        window->activateWindow();
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window)) {
            problems << QStringLiteral("%1: window not active").arg(where);
            return problems;
        }
        QSet<QWidget*> reached;
        inputs.constFirst()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < inputs.size() * 2 + 10; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus) {
                break;
            }
            for (QWidget* w = focus; w; w = w->parentWidget()) {
                reached.insert(w);
            }
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget* input : std::as_const(inputs)) {
            if (reached.contains(input)) {
                continue;
            }
            // Radio buttons of one group are one tab stop (arrows move inside it).
            if (auto* radio = qobject_cast<QRadioButton*>(input); radio && radio->autoExclusive()) {
                bool groupReached = false;
                for (QRadioButton* sibling :
                     input->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
                    groupReached = groupReached || reached.contains(sibling);
                }
                if (groupReached) {
                    continue;
                }
            }
            problems << QStringLiteral("%1: Tab never reaches %2 (%3, focus policy %4)")
                            .arg(where, input->objectName(), QString::fromLatin1(input->metaObject()->className()))
                            .arg(int(input->focusPolicy()));
        }
        return problems;
    }
};

} // namespace gatehouse::test
