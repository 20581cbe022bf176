import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The picture code: nine big pictures on the right; on the left what to do,
// and the three tapped so far, in order.
RowLayout {
    id: code

    property alias hint: hintText.text
    // Opening an answer: the pictures tapped show as dots, so nobody looking on learns them.
    readonly property bool hideChoice: Mail.pictureStep === Mail.Open

    spacing: Theme.margin

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        Item {
            Layout.fillHeight: true
        }
        Text {
            id: hintText
            objectName: "pictureHint"
            Layout.fillWidth: true
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing / 2
            Repeater {
                model: 3
                Rectangle {
                    required property int index
                    readonly property int picture: index < Mail.picked.length ? Mail.picked[index] : -1
                    Layout.preferredWidth: 104
                    Layout.preferredHeight: 104
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: picture >= 0 ? Theme.mailbox : Theme.border
                    border.width: 4
                    Rectangle {
                        visible: code.hideChoice && parent.picture >= 0
                        anchors.centerIn: parent
                        width: 32
                        height: 32
                        radius: 16
                        color: Theme.mailbox
                    }
                    Image {
                        visible: !code.hideChoice && parent.picture >= 0
                        anchors.fill: parent
                        anchors.margins: 12
                        source: parent.picture >= 0 ? Theme.icon(Mail.pictures[parent.picture]) : ""
                        sourceSize.width: 80
                        sourceSize.height: 80
                    }
                    Text {
                        visible: parent.picture < 0
                        anchors.centerIn: parent
                        text: parent.index + 1
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                    }
                }
            }
        }
        QqButton {
            objectName: "undoPicture"
            Layout.alignment: Qt.AlignHCenter
            enabled: Mail.picked.length > 0
            opacity: enabled ? 1 : 0.4
            text: qsTr("Take back")
            iconName: "backspace"
            tint: Theme.surface
            textColor: Theme.text
            border.color: Theme.border
            border.width: 2
            onClicked: Mail.undoPicture()
        }
        Item {
            Layout.fillHeight: true
        }
    }

    GridLayout {
        Layout.alignment: Qt.AlignVCenter
        columns: 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        Repeater {
            model: Mail.pictures
            Rectangle {
                required property string modelData
                required property int index
                readonly property bool chosen: !code.hideChoice && Mail.picked.indexOf(index) >= 0
                objectName: "picture" + index
                Layout.preferredWidth: 168
                Layout.preferredHeight: 168
                radius: Theme.radius
                color: chosen ? Theme.surfaceWarm : Theme.surface
                border.color: chosen ? Theme.mailbox : Theme.border
                border.width: 3
                opacity: chosen ? 0.4 : 1
                Accessible.role: Accessible.Button
                Accessible.name: modelData
                Image {
                    anchors.fill: parent
                    anchors.margins: 18
                    source: Theme.icon(parent.modelData)
                    sourceSize.width: 132
                    sourceSize.height: 132
                }
                TapHandler {
                    onTapped: Mail.tapPicture(parent.index)
                }
            }
        }
    }
}
