import QtQuick
import QtQuick.Controls
import Qinqing
import Qinqing.Ui

// A sync's progress: the share sent while pushing; a moving block while
// receiving, whose length is not known beforehand.
ProgressBar {
    id: bar

    value: Sync.progress
    indeterminate: !Sync.progressKnown
    implicitHeight: 24

    background: Rectangle {
        implicitHeight: 24
        radius: 12
        color: Theme.surfaceWarm
        border.color: Theme.border
    }
    contentItem: Item {
        implicitHeight: 24
        clip: true
        Rectangle {
            visible: !bar.indeterminate
            width: bar.visualPosition * parent.width
            height: parent.height
            radius: 12
            color: Theme.calls
        }
        Rectangle {
            id: block
            visible: bar.indeterminate
            width: parent.width / 3
            height: parent.height
            radius: 12
            color: Theme.calls
            NumberAnimation on x {
                running: bar.indeterminate && bar.visible
                loops: Animation.Infinite
                from: -block.width
                to: bar.width
                duration: 1400
            }
        }
    }
}
