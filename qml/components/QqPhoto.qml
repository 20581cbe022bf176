import QtQuick
import Qinqing

// A child's photo in a soft rounded frame.
Rectangle {
    id: frame

    property url source
    property int size: Theme.photoSize

    implicitWidth: size
    implicitHeight: size
    width: size
    height: size
    radius: size * 0.16
    color: Theme.surface
    border.color: Theme.border
    border.width: Math.max(3, size / 40)

    Image {
        anchors.fill: parent
        anchors.margins: frame.border.width + 2
        source: frame.source
        sourceSize: Qt.size(240, 240)
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        smooth: true
    }
}
