import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Chinese by pinyin for children: letters build the spelling, the bar above
// shows the characters it can be; tap one to put it in the letter. Space and
// punctuation go straight in. `composer` is a PinyinComposer.
Rectangle {
    id: keyboard

    required property var composer
    signal typed(string text)

    readonly property var rows: ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    readonly property real keyWidth: Math.min(104, (width - 2 * Theme.spacing - 9 * 8) / 10)
    readonly property int keyHeight: Theme.keyHeight

    function finishSpelling() {
        if (composer.spelling !== "")
            composer.chooseCandidate(0);
    }

    implicitHeight: column.implicitHeight + 16
    color: Theme.surfaceWarm
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        // The spelling and the characters it can be.
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: keyboard.keyHeight
            spacing: 8
            Text {
                objectName: "pinyinSpelling"
                Layout.preferredWidth: 180
                text: keyboard.composer.spelling === "" ? qsTr("pinyin") : keyboard.composer.spelling
                color: keyboard.composer.spelling === "" ? Theme.textMuted : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideLeft
            }
            ListView {
                id: candidates
                objectName: "pinyinCandidates"
                Layout.fillWidth: true
                Layout.fillHeight: true
                orientation: ListView.Horizontal
                spacing: 8
                clip: true
                model: keyboard.composer.candidates
                delegate: QqButton {
                    required property string modelData
                    required property int index
                    objectName: "candidate" + index
                    height: candidates.height
                    width: Math.max(keyboard.keyHeight + 8, metrics.width + 40)
                    text: modelData
                    fontSize: Theme.fontLarge
                    tint: index === 0 ? Theme.mailbox : Theme.surface
                    textColor: index === 0 ? Theme.textOnColor : Theme.text
                    onClicked: keyboard.composer.chooseCandidate(index)
                    TextMetrics {
                        id: metrics
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        text: modelData
                    }
                }
            }
            QqButton {
                objectName: "pinyinMore"
                visible: keyboard.composer.hasMore
                Layout.preferredHeight: keyboard.keyHeight
                text: "›"
                fontSize: Theme.fontTitle
                tint: Theme.surface
                textColor: Theme.text
                Accessible.name: qsTr("More characters")
                onClicked: keyboard.composer.nextPage()
            }
        }

        Repeater {
            model: keyboard.rows
            RowLayout {
                required property string modelData
                required property int index
                Layout.alignment: Qt.AlignHCenter
                spacing: 8
                Repeater {
                    model: modelData.split("")
                    QqButton {
                        required property string modelData
                        objectName: "key_" + modelData
                        Layout.preferredWidth: keyboard.keyWidth
                        Layout.preferredHeight: keyboard.keyHeight
                        text: modelData
                        fontSize: Theme.fontLarge
                        tint: Theme.surface
                        textColor: Theme.text
                        border.color: Theme.border
                        border.width: 2
                        onClicked: keyboard.composer.typeLetter(modelData)
                    }
                }
                QqButton {
                    visible: index === 2
                    objectName: index === 2 ? "key_backspace" : ""
                    Layout.preferredWidth: keyboard.keyWidth * 1.6
                    Layout.preferredHeight: keyboard.keyHeight
                    iconName: "backspace"
                    text: ""
                    tint: Theme.surface
                    border.color: Theme.border
                    border.width: 2
                    Accessible.name: qsTr("Delete")
                    onClicked: keyboard.composer.backspace()
                }
            }
        }

        // Space and the marks children use most.
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 8
            Repeater {
                model: ["，", "。", "？", "！"]
                QqButton {
                    required property string modelData
                    Layout.preferredWidth: keyboard.keyWidth
                    Layout.preferredHeight: keyboard.keyHeight
                    text: modelData
                    fontSize: Theme.fontLarge
                    tint: Theme.surface
                    textColor: Theme.text
                    border.color: Theme.border
                    border.width: 2
                    onClicked: {
                        keyboard.finishSpelling();
                        keyboard.typed(modelData);
                    }
                }
            }
            QqButton {
                objectName: "key_space"
                Layout.preferredWidth: keyboard.keyWidth * 4
                Layout.preferredHeight: keyboard.keyHeight
                text: qsTr("space")
                iconName: "space"
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: {
                    if (keyboard.composer.spelling !== "")
                        keyboard.finishSpelling();
                    else
                        keyboard.typed(" ");
                }
            }
            QqButton {
                objectName: "key_enter"
                Layout.preferredWidth: keyboard.keyWidth * 1.6
                Layout.preferredHeight: keyboard.keyHeight
                text: qsTr("new line")
                iconName: "enter"
                fontSize: Theme.fontSmall
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: {
                    keyboard.finishSpelling();
                    keyboard.typed("\n");
                }
            }
        }
    }
}
