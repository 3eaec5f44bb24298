// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A one-line label that never asks for more room than it gets: a text too long for its width is drawn with "…"
// (text() and the tooltip keep the whole of it), and its height is one line whether it shows a text or none, so that
// a message coming and going moves nothing around it.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // Shows text and puts the whole of it in the tooltip.
    void setMessage(const QString& text);
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString shownText() const;
};
