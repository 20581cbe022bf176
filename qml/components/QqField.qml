import QtQuick
import QtQuick.Layouts
import Qinqing

// A labelled one-line box for the teacher's and counselor's forms.
ColumnLayout {
    id: field

    property alias label: labelText.text
    property alias text: input.text
    property alias input: input
    property bool secret: false
    property string placeholder: ""

    spacing: 4

    Text {
        id: labelText
        Layout.fillWidth: true
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchMin
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: input.activeFocus ? Theme.mailbox : Theme.border
        border.width: input.activeFocus ? 4 : 2
        TextInput {
            id: input
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            verticalAlignment: TextInput.AlignVCenter
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            echoMode: field.secret ? TextInput.Password : TextInput.Normal
            inputMethodHints: field.secret ? (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText) : Qt.ImhNone
            clip: true
        }
        Text {
            visible: input.text === "" && !input.activeFocus
            anchors.fill: input
            verticalAlignment: Text.AlignVCenter
            text: field.placeholder
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        TapHandler {
            onTapped: input.forceActiveFocus()
        }
    }
}
