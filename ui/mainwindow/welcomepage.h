#pragma once

#include <QWidget>

class QAction;

namespace clearsight::ui {

// What the central area shows while no workspace is open: the ways to get one.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace clearsight::ui
