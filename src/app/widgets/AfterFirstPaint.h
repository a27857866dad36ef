#pragma once

#include <functional>

class QWidget;

namespace PressDesk {

// Runs `job` once, queued behind the first paint of `widget`: what the user sees first is
// drawn without waiting for work that can come a moment later (the count under the list, the
// article opened last time). Nothing runs if `widget` is destroyed before it is painted; a
// widget that is never shown never runs its job.
void afterFirstPaint(QWidget *widget, std::function<void()> job);

} // namespace PressDesk
