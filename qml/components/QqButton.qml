import QtQuick
import QtQuick.Layouts
import Qinqing

// A big rounded button with an optional icon beside its words.
Rectangle {
    id: button

    property alias text: label.text
    property string iconName: ""
    property color tint: Theme.signIn
    property color textColor: Theme.textOnColor
    property int fontSize: Theme.fontBody
    signal clicked

    implicitHeight: Theme.touchMin
    implicitWidth: Math.max(Theme.touchMin * 2, row.implicitWidth + 2 * Theme.spacing)
    radius: Theme.radius
    color: tapHandler.pressed ? Qt.darker(tint, 1.15) : tint
    opacity: enabled ? 1 : 0.45
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: button.clicked()

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 14
        Image {
            visible: button.iconName !== ""
            source: button.iconName ? Theme.icon(button.iconName) : ""
            sourceSize: Qt.size(button.fontSize * 1.6, button.fontSize * 1.6)
            Layout.preferredWidth: button.fontSize * 1.6
            Layout.preferredHeight: button.fontSize * 1.6
        }
        Text {
            id: label
            color: button.textColor
            font.family: Theme.fontFamily
            font.pixelSize: button.fontSize
            font.bold: true
        }
    }

    TapHandler {
        id: tapHandler
        onTapped: button.clicked()
    }
}
